/**
 * What the monthly report says about forms it did not receive, in a department officer's words. The rule (also in
 * packages/core/src/report/COMPLETENESS.md): a section names the units whose form it lacks; a section with nothing
 * received says its figures are not yet available; figures from drafts are marked as provisional.
 */
import { monthReference } from './date-words.ts';
import { formatCount } from './number.ts';

/** A unit as a list names it: its name, and how a sentence writes it when that differs. */
export interface UnitName {
  orgUnitName: string;
  sentenceName?: string;
}

// A name that already says what kind of unit it is takes no `huyện`.
const UNIT_KIND = /^(tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn)\s/iu;

/** `huyện Sa Thầy`, `thành phố Kon Tum`. */
export function unitWithKind(unit: UnitName): string {
  const name = unit.sentenceName ?? unit.orgUnitName;
  return UNIT_KIND.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : `huyện ${name}`;
}

const names = (units: readonly UnitName[]) => units.map(unitWithKind).join(', ');

/** `Chưa có số liệu tháng 01/2024 (chưa nhận được báo cáo của huyện Sa Thầy, …).`; without names for the unit's own form. */
export function figuresNotYetAvailable(year: number, month: number, missing: readonly UnitName[]): string {
  const head = `Chưa có số liệu ${monthReference(year, month)}`;
  return missing.length === 0 ? `${head} (báo cáo tháng chưa được gửi).` : `${head} (chưa nhận được báo cáo của ${names(missing)}).`;
}

/** `Số liệu tháng 01/2024 tổng hợp từ báo cáo của 01/10 đơn vị (chưa nhận được báo cáo của huyện Sa Thầy, …).` */
export function figuresFromSomeUnits(year: number, month: number, received: number, missing: readonly UnitName[]): string {
  const all = received + missing.length;
  return (
    `Số liệu ${monthReference(year, month)} tổng hợp từ báo cáo của ${formatCount(received)}/${formatCount(all)} đơn vị ` +
    `(chưa nhận được báo cáo của ${names(missing)}).`
  );
}

/** `Số liệu của huyện Sa Thầy là số liệu tạm tính (báo cáo chưa gửi chính thức).` */
export function draftFiguresNote(drafts: readonly UnitName[]): string {
  const whose = drafts.length === 0 ? '' : ` của ${names(drafts)}`;
  return `Số liệu${whose} là số liệu tạm tính (báo cáo chưa gửi chính thức).`;
}

/** `chưa ghi nhận ca mắc mới tại các đơn vị đã gửi báo cáo`: a zero stated only for the units that reported. */
export function noneAmongReported(noun: string): string {
  return `chưa ghi nhận ${noun} tại các đơn vị đã gửi báo cáo`;
}

/** A form of a report spanning several months: its unit and its month (`YYYYMM`). */
export interface MonthForm extends UnitName {
  period?: string;
}

/** `tháng 07/2023 của huyện Sa Thầy, huyện Kon Rẫy; tháng 08/2023 của huyện Sa Thầy`, months in order. */
function byMonth(forms: readonly MonthForm[]): string {
  const months = new Map<string, MonthForm[]>();
  for (const f of [...forms].sort((a, b) => (a.period ?? '').localeCompare(b.period ?? ''))) {
    const key = f.period ?? '';
    (months.get(key) ?? months.set(key, []).get(key)!).push(f);
  }
  return [...months]
    .map(([code, units]) => `${code ? `${monthReference(Number(code.slice(0, 4)), Number(code.slice(4, 6)))} ` : ''}của ${names(units)}`)
    .join('; ');
}

/**
 * `Chưa có số liệu quý III/2023 (chưa nhận được báo cáo tháng 07/2023 của huyện Sa Thầy; …).`: a report over several
 * months none of whose forms counted; without names when only the unit's own forms are missing.
 */
export function periodFiguresNotYetAvailable(reference: string, missing: readonly MonthForm[]): string {
  const head = `Chưa có số liệu ${reference}`;
  return missing.length === 0 ? `${head} (báo cáo tháng chưa được gửi).` : `${head} (chưa nhận được báo cáo ${byMonth(missing)}).`;
}

/** `Số liệu quý III/2023 tổng hợp từ 28/30 báo cáo tháng (chưa nhận được báo cáo tháng 08/2023 của huyện Sa Thầy).` */
export function periodFiguresFromSomeForms(reference: string, received: number, missing: readonly MonthForm[]): string {
  const all = received + missing.length;
  return (
    `Số liệu ${reference} tổng hợp từ ${formatCount(received)}/${formatCount(all)} báo cáo tháng ` +
    `(chưa nhận được báo cáo ${byMonth(missing)}).`
  );
}
