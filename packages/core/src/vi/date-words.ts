/** Dates and months as official documents write them (Decree 30/2020/NĐ-CP, Appendix I). */

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A month in running text: `tháng 11/2022`, `tháng 02/2023` (always two digits). */
export function monthReference(year: number, month: number): string {
  return `tháng ${pad2(month)}/${year}`;
}

/** A month in a title or the place-and-date line: months 1 and 2 take a leading zero, the others none. */
export function decreeMonth(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/** A day in the place-and-date line: days below 10 take a leading zero. */
export function decreeDay(day: number): string {
  return pad2(day);
}

/** `tháng 11 năm 2023`, `tháng 02 năm 2024`, `tháng 3 năm 2024`. */
export function monthInWords(year: number, month: number): string {
  return `tháng ${decreeMonth(month)} năm ${year}`;
}

/** `Kon Tum, ngày 05 tháng 3 năm 2024` from an ISO date; without a date the blanks are left for the signer. */
export function placeAndDate(place: string, isoDate: string | null, fallbackYear?: number): string {
  if (!isoDate) return `${place}, ngày      tháng      năm ${fallbackYear ?? ''}`.trimEnd();
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `${place}, ngày ${decreeDay(d)} ${monthInWords(y, m)}`;
}
