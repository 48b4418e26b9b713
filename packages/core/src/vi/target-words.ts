/** Plan targets as the annual review's table writes them: the plan with its direction, the statuses, the dates. */
import type { AchievementStatus, TargetDirection } from '../targets/index.ts';
import { formatNumber, formatPercent } from './number.ts';

/** `Vượt`, `Đạt`, `Không đạt`. */
export const ACHIEVEMENT_WORDS: Record<AchievementStatus, string> = { EXCEEDED: 'Vượt', MET: 'Đạt', NOT_MET: 'Không đạt' };
/** The judgement of a year still running, on its estimate. */
export const ESTIMATED_ACHIEVEMENT_WORDS: Record<AchievementStatus, string> = { EXCEEDED: 'Ước vượt', MET: 'Ước đạt', NOT_MET: 'Ước không đạt' };

/** A figure of the table: up to two decimals, Vietnamese separators; nothing reported reads `—`, never a zero. */
export function tableFigure(value: number | null): string {
  return value === null ? '—' : formatNumber(value, 2);
}

/** The plan as the decision states it: `≥ 95`, `≤ 0,1`, `giảm 0,5`. */
export function planWords(direction: TargetDirection, value: number): string {
  const figure = formatNumber(value, 2);
  return direction === 'AT_LEAST' ? `≥ ${figure}` : direction === 'AT_MOST' ? `≤ ${figure}` : `giảm ${figure}`;
}

/** A figure's share of the year's plan in running text: `đạt 91,2% kế hoạch năm` (one decimal, `,0` dropped). */
export function planShareWords(percent: number): string {
  return `đạt ${formatPercent(percent, 1)} kế hoạch năm`;
}

/** The annual review's table header for the year and the last day counted (`30/11/2023`). */
export function targetColumns(year: number, through: string | null): string[] {
  return [
    'TT',
    'Chỉ tiêu',
    'Đơn vị tính',
    `Kế hoạch năm ${year}`,
    through ? `Thực hiện đến ${through}` : 'Thực hiện',
    'Tỷ lệ so với kế hoạch (%)',
    `Ước thực hiện năm ${year}`,
    'Đánh giá',
  ];
}

/** The annual review's sections after the fields' results, and the prompts of their free text. */
export const ANNUAL_WORDS = {
  targets: (year: number) => `Kết quả thực hiện các chỉ tiêu kế hoạch năm ${year}:`,
  assessment: 'Đánh giá chung',
  strengths: 'Ưu điểm:',
  limitations: 'Hạn chế, tồn tại và nguyên nhân:',
  proposedTargets: (year: number) => `Chỉ tiêu kế hoạch đề xuất năm ${year}:`,
  recommendations: 'Kiến nghị, đề xuất',
  hints: {
    targets: 'Nhận xét kết quả thực hiện các chỉ tiêu: chỉ tiêu vượt, chỉ tiêu không đạt và lý do',
    strengths: 'Những kết quả nổi bật của năm: chỉ tiêu vượt kế hoạch, mô hình mới, sự chỉ đạo, phối hợp…',
    limitations: 'Những chỉ tiêu, nhiệm vụ chưa đạt; nguyên nhân khách quan và chủ quan',
    'proposed-targets': 'Các chỉ tiêu chủ yếu đề xuất cho năm sau (chỉ tiêu, đơn vị tính, mức đề xuất)',
    recommendations: 'Kiến nghị với Bộ Y tế, UBND tỉnh, các sở, ngành',
  },
} as const;
