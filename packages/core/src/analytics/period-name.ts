/** A period's Vietnamese header: `Tháng 11/2023`, `Quý IV/2023`, `6 tháng đầu năm 2023`, `Năm 2023`, `Tuần 47/2023`. */
import type { Period } from '../period/index.ts';
import { quarterName } from '../vi/period-words.ts';

/** The name a table header shows for a period. */
export function periodName(period: Period): string {
  switch (period.type) {
    case 'Weekly':
      return `Tuần ${period.index}/${period.year}`;
    case 'Monthly':
      return `Tháng ${period.index}/${period.year}`;
    case 'Quarterly': {
      const name = quarterName(period.index);
      return `${name[0]!.toUpperCase()}${name.slice(1)}/${period.year}`;
    }
    case 'SixMonthly':
      return `6 tháng ${period.index === 1 ? 'đầu' : 'cuối'} năm ${period.year}`;
    case 'Yearly':
      return `Năm ${period.year}`;
  }
}
