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
  /** `reference`: the period in running text (`tháng 11/2023`, `quý III/2023`); `noun`: `tháng`, or `kỳ` for a longer one. */
  periodNotStarted: (reference: string, today: string, noun = 'tháng') =>
    `${capitalise(reference)} chưa bắt đầu (hôm nay là ${formatViDate(today)}): chưa lập được báo cáo của ${noun} này.`,
  unitNotInPeriod: (unit: string, reference: string, start: string, opening: string, closing: string | null, noun = 'tháng') =>
    closing !== null && closing < start
      ? `${unit} đã giải thể từ ${formatViDate(closing)}, không còn hoạt động trong ${reference}: không lập được báo cáo của ${noun} này.`
      : `${unit} bắt đầu hoạt động từ ${formatViDate(opening)}, chưa có trong ${reference}: không lập được báo cáo của ${noun} này.`,
  missingNotAcknowledged: (count: number) =>
    `Báo cáo còn thiếu số liệu của ${count} biểu mẫu (chưa nhận được báo cáo): cần xác nhận đã biết trước khi duyệt.`,
  missingAcknowledged: (count: number) => `Duyệt khi còn thiếu số liệu của ${count} biểu mẫu (đã xác nhận).`,
  /** The CLI's notice on stderr, one line per form left out. */
  /** `report`: the report as `reportName` names it (`báo cáo tháng 11/2023`); a form of a longer period names its month. */
  missingForms: (report: string, forms: readonly ReportForm[]): string[] => [
    `Chưa nhận được ${report} (số liệu của các biểu mẫu này không được tính):`,
    ...forms.map((f) => `  - ${f.dataSet} · ${f.orgUnitName} (${f.orgUnit})${f.period ? ` · ${month(f.period)}` : ''}: ${FORM_STATE_LABELS[f.state]}`),
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
