/** The annual review's "to date, and the estimate for the year" words (seed 002: figures to 30/11 and estimates). */
import type { EstimateMethod } from '../targets/estimate.ts';

/** Part I's title when the figures stop before the period's end: `… năm 2023 (số liệu đến 30/11/2023)`. */
export function countedThroughTitle(title: string, lastDay: string): string {
  return `${title} (số liệu đến ${lastDay})`;
}

/** `Ước thực hiện cả năm 2023: `, the estimate sentence's opening. */
export function yearEstimateLead(year: number): string {
  return `Ước thực hiện cả năm ${year}: `;
}

/** How a flow's year was estimated, as the note after its figure says it. */
export const ESTIMATE_METHOD_NOTES: Record<Exclude<EstimateMethod, 'LEVEL_TO_DATE'>, string> = {
  LAST_YEAR_SHAPE: 'Ước tính theo xu hướng các tháng cùng kỳ năm trước',
  LINEAR: 'Ước tính tuyến tính từ số liệu đến nay',
};

/** What a headline count of a field is counted in, by item: `1.100.363 lượt khám bệnh, chữa bệnh`. */
export const HEADLINE_NOUNS: Readonly<Record<string, string>> = {
  HIV_NEW: 'người nhiễm HIV mới',
  ATTP_INSPECTED: 'cơ sở được kiểm tra',
  ATTP_POISONING_CASES: 'ca ngộ độc thực phẩm',
  KCB_VISITS: 'lượt khám bệnh, chữa bệnh',
  KCB_INPATIENTS: 'lượt điều trị nội trú',
  DS_PILLS: 'vỉ thuốc uống tránh thai',
  DS_IUD: 'vòng tránh thai',
  GD_PY_AUTOPSY: 'ca giám định tử thi',
  GD_PY_INJURY: 'ca giám định thương tích',
  GD_YK: 'ca giám định y khoa',
  KN_SAMPLES_TESTED: 'mẫu kiểm nghiệm',
};

/** A disease's cases in its own estimate: `152 ca mắc`. */
export const DISEASE_CASES_NOUN = 'ca mắc';
