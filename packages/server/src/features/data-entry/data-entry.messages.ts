/** Vietnamese wording of cell saves. */
export const dataEntryMessages = {
  /** A save made on a stale view: who changed the cell meanwhile, to what, when (Vietnam time). */
  valueChanged: (who: string | null, value: string | null, at: string | null) => {
    const by = who ?? 'người khác';
    const when = at ? ` lúc ${vietnamTime(at)}` : '';
    const what = value === null ? `xoá giá trị` : `sửa thành ${value}`;
    return `Ô này vừa được ${by} ${what}${when}. Giá trị của bạn chưa được lưu: hãy xem lại rồi lưu lại nếu vẫn muốn thay.`;
  },
  /** A value above the hard cap (judge-value.ts): refused, nothing stored. */
  absurdValue: (value: string, cap: number) =>
    `Giá trị ${formatCount(value)} vượt xa mọi mức có thể (tối đa ${formatCount(cap)}) nên không được lưu. Hãy kiểm tra lại số đã nhập.`,
} as const;

/** "1.000.000.000": Vietnamese thousands separators. */
function formatCount(n: number | string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "10:05 03/12/2023" in Vietnam time (UTC+7, no daylight saving). */
function vietnamTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())} ${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}
