/** `2023-12-20` → `20/12/2023`, the date form Vietnamese documents use. */
export function formatViDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}
