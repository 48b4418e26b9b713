/** Vietnamese wording of report refusals and notices about the forms a report rests on. */
import type { FormState, ReportForm } from '@syt/core/report/index.ts';
import { formatViDate } from '@syt/core/vi/date.ts';
import { monthReference } from '@syt/core/vi/date-words.ts';

const month = (code: string) => monthReference(Number(code.slice(0, 4)), Number(code.slice(4, 6)));

/** How each form state reads in a list. */
export const FORM_STATE_LABELS: Record<FormState, string> = {
  missing: 'chưa có số liệu',
  draft: 'đang nhập, chưa gửi',
  submitted: 'đã gửi',
  approved: 'đã duyệt',
};

export const reportCompletenessMessages = {
  periodNotStarted: (period: string, today: string) =>
    `${capitalise(month(period))} chưa bắt đầu (hôm nay là ${formatViDate(today)}): chưa lập được báo cáo của tháng này.`,
  unitNotInPeriod: (unit: string, period: string, opening: string, closing: string | null) =>
    closing !== null && closing < `${period.slice(0, 4)}-${period.slice(4, 6)}-01`
      ? `${unit} đã giải thể từ ${formatViDate(closing)}, không còn hoạt động trong ${month(period)}: không lập được báo cáo của tháng này.`
      : `${unit} bắt đầu hoạt động từ ${formatViDate(opening)}, chưa có trong ${month(period)}: không lập được báo cáo của tháng này.`,
  missingNotAcknowledged: (count: number) =>
    `Báo cáo còn thiếu số liệu của ${count} biểu mẫu (chưa nhận được báo cáo): cần xác nhận đã biết trước khi duyệt.`,
  missingAcknowledged: (count: number) => `Duyệt khi còn thiếu số liệu của ${count} biểu mẫu (đã xác nhận).`,
  /** The CLI's notice on stderr, one line per form left out. */
  missingForms: (period: string, forms: readonly ReportForm[]): string[] => [
    `Chưa nhận được báo cáo ${month(period)} (số liệu của các biểu mẫu này không được tính):`,
    ...forms.map((f) => `  - ${f.dataSet} · ${f.orgUnitName} (${f.orgUnit}): ${FORM_STATE_LABELS[f.state]}`),
  ],
  badCountedStates: (state: string) =>
    state === ''
      ? 'Cần ít nhất một trạng thái biểu mẫu được tính: draft, submitted, approved.'
      : `Trạng thái "${state}" không hợp lệ: dùng draft (đang nhập), submitted (đã gửi), approved (đã duyệt).`,
  countedStates: (states: readonly FormState[]) => `Tính các biểu mẫu: ${states.map((s) => FORM_STATE_LABELS[s]).join(', ')}.`,
  draftsCounted: (forms: readonly ReportForm[]) =>
    `Có tính số liệu chưa gửi (tạm tính) của: ${forms.map((f) => `${f.orgUnitName} (${f.dataSet})`).join(', ')}.`,
} as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
