/**
 * The figures a leader reads first, as analytics queries the web's dashboard cards send to `/api/analytics`: the
 * month being reported beside the same month a year earlier, for the caller's own unit. Codes are the default
 * package's (DATA_DICTIONARY.md); a province that ships other metadata edits this list, the cards follow.
 */
import type { AnalyticsQuery, ChartLayout } from '../api/analytics.ts';

/** One key figure: the element or indicator code and how the card names it. */
export interface KeyFigure {
  code: string;
  label: string;
  kind: 'element' | 'indicator';
}

/** A constant list nobody may change at run time, nor any of its entries. */
function frozen(list: KeyFigure[]): readonly KeyFigure[] {
  return Object.freeze(list.map((f) => Object.freeze(f)));
}

/**
 * Cases of the diseases the department watches monthly, immunisation coverage, HIV, care and food poisoning. The
 * default package has no births element, so none is listed; deaths are dengue's (the one the leader is asked about).
 */
export const KEY_FIGURES: readonly KeyFigure[] = frozen([
  { code: 'SXHD_CASES', label: 'Sốt xuất huyết Dengue: số mắc', kind: 'element' },
  { code: 'SXHD_DEATHS', label: 'Sốt xuất huyết Dengue: số tử vong', kind: 'element' },
  { code: 'TCM_CASES', label: 'Tay - Chân - Miệng: số mắc', kind: 'element' },
  { code: 'SOTRET_CASES', label: 'Sốt rét: số mắc', kind: 'element' },
  { code: 'HIV_NEW', label: 'Số người nhiễm HIV mới', kind: 'element' },
  { code: 'TCMR_FULL_COVERAGE', label: 'Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ (%)', kind: 'indicator' },
  { code: 'KCB_VISITS', label: 'Số lượt khám bệnh, chữa bệnh', kind: 'element' },
  { code: 'ATTP_POISONING_CASES', label: 'Số ca ngộ độc thực phẩm', kind: 'element' },
]);

/** The key-figures card's query: every key figure, this month and the same month last year, the caller's unit. */
export function keyFiguresQuery(): AnalyticsQuery {
  return { dx: KEY_FIGURES.map((f) => f.code), ou: ['USER_ORGUNIT'], pe: ['THIS_MONTH', 'SAME_MONTH_LAST_YEAR'] };
}

/** What a unit's trend card draws: cases of the diseases its monthly form counts most, over the last 12 months. */
export const UNIT_TREND_ITEMS: readonly KeyFigure[] = frozen([
  { code: 'SXHD_CASES', label: 'Sốt xuất huyết Dengue: số mắc', kind: 'element' },
  { code: 'TCM_CASES', label: 'Tay - Chân - Miệng: số mắc', kind: 'element' },
  { code: 'THUYDAU_CASES', label: 'Thủy đậu: số mắc', kind: 'element' },
  { code: 'TIEUCHAY_CASES', label: 'Tiêu chảy: số mắc', kind: 'element' },
]);

/** The unit-trend card's query and chart: one line per disease, month by month, for the caller's own unit. */
export function unitTrend(): { query: AnalyticsQuery; layout: ChartLayout } {
  return {
    query: { dx: UNIT_TREND_ITEMS.map((f) => f.code), ou: ['USER_ORGUNIT'], pe: ['LAST_12_MONTHS'] },
    layout: { type: 'line', series: 'dx', category: 'pe', title: 'Số mắc 12 tháng qua của đơn vị' },
  };
}
