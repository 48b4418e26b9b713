/**
 * District lists as the report writes them: `(thành phố Kon Tum 12, Kon Rẫy 06, Đăk Tô 03)`, largest count first,
 * ties in the province's canonical order; a single district as `tại huyện Đăk Hà` in running text or `(Đăk Hà)`.
 */
import { formatCount } from './number.ts';

/** The fields of an org unit a district list reads (a report's child unit has them). */
export interface NamedUnit {
  code: string;
  /** `Đăk Hà`, `Thành phố Kon Tum`. */
  name: string;
  /** `thành phố Kon Tum`: how the name is written inside a sentence. */
  sentenceName?: string;
  /** The province's canonical order. */
  sortOrder: number;
}

/** One district's share of a figure. */
export interface DistrictCount {
  unit: NamedUnit;
  count: number;
}

// A name that already says what kind of unit it is takes no `huyện` in running text.
const UNIT_KIND = /^(thành phố|thị xã|huyện|quận)\s/u;

/** The name inside a sentence: `thành phố Kon Tum`, `Đăk Hà` (never the word `huyện`). */
export function districtName(unit: NamedUnit): string {
  return unit.sentenceName ?? unit.name;
}

/** The shares of `units` found in `byUnit` (zero left out), largest first, ties in canonical order. */
export function districtCounts(units: readonly NamedUnit[], byUnit: ReadonlyMap<string, number>): DistrictCount[] {
  return units
    .map((unit) => ({ unit, count: byUnit.get(unit.code) ?? 0 }))
    .filter((d) => d.count !== 0)
    .sort((a, b) => b.count - a.count || a.unit.sortOrder - b.unit.sortOrder);
}

/** `thành phố Kon Tum 12, Kon Rẫy 06, Đăk Tô 03`. */
export function districtListText(counts: readonly DistrictCount[]): string {
  return counts.map((d) => `${districtName(d.unit)} ${formatCount(d.count)}`).join(', ');
}

/** `tại huyện Đăk Hà`, `tại thành phố Kon Tum`. */
export function atDistrict(unit: NamedUnit): string {
  const name = districtName(unit);
  return UNIT_KIND.test(name) ? `tại ${name}` : `tại huyện ${name}`;
}

/**
 * Whether the list names the whole of `total` in one district, so its count can go unsaid. When the shares do not
 * add up to the total (part of it was reported at province level), counts are always written and nothing is added.
 */
export function isWhollyIn(counts: readonly DistrictCount[], total: number): boolean {
  return counts.length === 1 && counts[0]!.count === total;
}

/** ` (Đăk Hà)` for one district holding the whole total, else ` (Đăk Hà 04, Sa Thầy 02)`; empty without shares. */
export function districtsInParentheses(counts: readonly DistrictCount[], total: number): string {
  if (counts.length === 0) return '';
  if (isWhollyIn(counts, total)) return ` (${districtName(counts[0]!.unit)})`;
  return ` (${districtListText(counts)})`;
}

/** ` tại huyện Đăk Hà` for one district holding the whole total, else as `districtsInParentheses`. */
export function districtsInRunningText(counts: readonly DistrictCount[], total: number): string {
  if (isWhollyIn(counts, total)) return ` ${atDistrict(counts[0]!.unit)}`;
  return counts.length === 0 ? '' : ` (${districtListText(counts)})`;
}
