/**
 * How a report names its period, in titles and in running text, for each report kind. A month keeps the monthly
 * report's words (REPORT_STYLE.md); the others follow the department's periodic reports: `quý III năm 2023`,
 * `sơ kết 6 tháng đầu năm 2023`, `9 tháng đầu năm 2023`, `tổng kết năm 2023`.
 */
import { monthInWords, monthReference } from './date-words.ts';

/** The period as the words need it: its kind, year and the months it covers (1–12). */
export interface WordedPeriod {
  kind: 'monthly' | 'quarterly' | 'half-year' | 'nine-month' | 'annual';
  year: number;
  firstMonth: number;
  lastMonth: number;
}

export interface PeriodWords {
  /** In a title: `tháng 11 năm 2023`, `quý III năm 2023`, `6 tháng đầu năm 2023`, `9 tháng đầu năm 2023`, `năm 2023`. */
  inTitle: string;
  /** In running text: `tháng 11/2023`, `quý III/2023`, `6 tháng đầu năm 2023`, `9 tháng đầu năm 2023`, `năm 2023`. */
  reference: string;
  /** After `trong`/`Trong`: `tháng`, `quý`, `6 tháng đầu năm`, `9 tháng đầu năm`, `năm`. */
  within: string;
  /** What the period is compared with before it: `tháng trước`, `quý trước`, `6 tháng cuối năm 2022`; null: none. */
  previous: string | null;
  /** The same period last year: `tháng 11/2022`, `quý III/2022`, `6 tháng đầu năm 2022`, `9 tháng đầu năm 2022`, `năm 2022`. */
  sameLastYear: string;
  /** The subject line after `BÁO CÁO`, also the opening's object. */
  subject: string;
  /** Part I's title. */
  resultsTitle: string;
  /** Part II's title. */
  planTitle: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** `quý III`. */
export function quarterName(quarter: number): string {
  return `quý ${ROMAN[quarter - 1]}`;
}

/** The words of a report period; `next` is the period Part II plans. */
export function periodWords(period: WordedPeriod, next: { year: number; firstMonth: number; lastMonth: number }): PeriodWords {
  const { year } = period;
  switch (period.kind) {
    case 'monthly': {
      const thisMonth = monthInWords(year, period.lastMonth);
      const nextMonth = monthInWords(next.year, next.firstMonth);
      return {
        inTitle: thisMonth,
        reference: monthReference(year, period.lastMonth),
        within: 'tháng',
        previous: 'tháng trước',
        sameLastYear: monthReference(year - 1, period.lastMonth),
        subject: `tình hình thực hiện nhiệm vụ ${thisMonth} và nhiệm vụ công tác trọng tâm ${nextMonth}`,
        resultsTitle: `Tình hình thực hiện nhiệm vụ ${thisMonth}`,
        planTitle: `Kế hoạch công tác ${nextMonth}`,
      };
    }
    case 'quarterly': {
      const quarter = quarterName(period.lastMonth / 3);
      const nextQuarter = `${quarterName(next.lastMonth / 3)} năm ${next.year}`;
      return {
        inTitle: `${quarter} năm ${year}`,
        reference: `${quarter}/${year}`,
        within: 'quý',
        previous: 'quý trước',
        sameLastYear: `${quarter}/${year - 1}`,
        subject: `tình hình thực hiện nhiệm vụ ${quarter} năm ${year} và nhiệm vụ công tác trọng tâm ${nextQuarter}`,
        resultsTitle: `Tình hình thực hiện nhiệm vụ ${quarter} năm ${year}`,
        planTitle: `Kế hoạch công tác ${nextQuarter}`,
      };
    }
    case 'half-year':
      return {
        inTitle: `6 tháng đầu năm ${year}`,
        reference: `6 tháng đầu năm ${year}`,
        within: '6 tháng đầu năm',
        previous: `6 tháng cuối năm ${year - 1}`,
        sameLastYear: `6 tháng đầu năm ${year - 1}`,
        subject: `sơ kết 6 tháng đầu năm ${year} và nhiệm vụ trọng tâm 6 tháng cuối năm ${year}`,
        resultsTitle: `Kết quả thực hiện nhiệm vụ 6 tháng đầu năm ${year}`,
        planTitle: `Nhiệm vụ trọng tâm 6 tháng cuối năm ${year}`,
      };
    case 'nine-month':
      return {
        inTitle: `9 tháng đầu năm ${year}`,
        reference: `9 tháng đầu năm ${year}`,
        within: '9 tháng đầu năm',
        previous: null,
        sameLastYear: `9 tháng đầu năm ${year - 1}`,
        subject: `tình hình thực hiện nhiệm vụ 9 tháng đầu năm ${year} và nhiệm vụ trọng tâm 3 tháng cuối năm ${year}`,
        resultsTitle: `Tình hình thực hiện nhiệm vụ 9 tháng đầu năm ${year}`,
        planTitle: `Nhiệm vụ trọng tâm 3 tháng cuối năm ${year}`,
      };
    case 'annual':
      return {
        inTitle: `năm ${year}`,
        reference: `năm ${year}`,
        within: 'năm',
        previous: null,
        sameLastYear: `năm ${year - 1}`,
        subject: `tổng kết năm ${year} và phương hướng, nhiệm vụ năm ${year + 1}`,
        resultsTitle: `Kết quả thực hiện nhiệm vụ năm ${year}`,
        planTitle: `Phương hướng, nhiệm vụ năm ${year + 1}`,
      };
  }
}

/** The form a report kind's period code takes, for messages that refuse one. */
export const REPORT_PERIOD_FORMS: Record<WordedPeriod['kind'], string> = {
  monthly: 'YYYYMM (ví dụ 202311)',
  quarterly: 'YYYYQn, quý 1 đến 4 (ví dụ 2023Q3)',
  'half-year': 'YYYYS1 (ví dụ 2023S1: 6 tháng đầu năm 2023)',
  'nine-month': 'YYYY (ví dụ 2023: 9 tháng đầu năm 2023)',
  annual: 'YYYY (ví dụ 2023)',
};

/** The report's name by kind, as a heading or a list names it: `Báo cáo quý`, `Báo cáo sơ kết 6 tháng`. */
export const REPORT_KIND_NAMES: Record<WordedPeriod['kind'], string> = {
  monthly: 'Báo cáo tháng',
  quarterly: 'Báo cáo quý',
  'half-year': 'Báo cáo sơ kết 6 tháng',
  'nine-month': 'Báo cáo 9 tháng',
  annual: 'Báo cáo tổng kết năm',
};

/**
 * A report as messages and notices name it: `báo cáo tháng 11/2023`, `báo cáo quý III/2023`, `báo cáo sơ kết 6 tháng
 * đầu năm 2023`, `báo cáo 9 tháng đầu năm 2023`, `báo cáo tổng kết năm 2023`.
 */
export function reportName(period: WordedPeriod): string {
  const reference = periodWords(period, { year: period.year + 1, firstMonth: 1, lastMonth: 1 }).reference;
  const what = period.kind === 'half-year' ? 'sơ kết ' : period.kind === 'annual' ? 'tổng kết ' : '';
  return `báo cáo ${what}${reference}`;
}
