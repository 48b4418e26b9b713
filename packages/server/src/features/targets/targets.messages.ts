import { formatViDate } from '@syt/core/vi/date.ts';

/** What the target routes say to people. */
export const targetMessages = {
  baselineRequired: 'Chỉ tiêu giảm cần có mức xuất phát (mức của năm trước) để tính mức giảm.',
  baselineUnused: 'Chỉ có chỉ tiêu giảm mới có mức xuất phát.',
  decisionInFuture: (today: string) => `Ngày quyết định không được sau hôm nay (${formatViDate(today)}).`,
  decisionTooEarly: (year: number) => `Quyết định giao chỉ tiêu năm ${year} không thể ban hành trước năm ${year - 1}.`,
  sameDecision: (number: string) =>
    `Chỉ tiêu này đã được giao theo Quyết định số ${number}. Muốn điều chỉnh, cần nhập quyết định điều chỉnh mới (số khác).`,
  notBelowScope: (unit: string) => `Chỉ tiêu của ${unit} do cấp trên giao: tài khoản của bạn không giao được chỉ tiêu cho đơn vị này.`,
  notFound: 'Không tìm thấy chỉ tiêu.',
  decisionFileType: (file: string) => `Tệp "${file}" không phải bản quyết định đã ký: chỉ nhận tệp PDF hoặc ảnh chụp JPG/PNG.`,
  oneDecisionFile: 'Mỗi quyết định chỉ đính kèm một tệp.',
  decisionFileExists: (number: string) =>
    `Quyết định số ${number} đã có tệp đính kèm; tệp đã đính kèm được giữ nguyên như chỉ tiêu đã giao.`,
  noDecisionFile: 'Quyết định giao chỉ tiêu này chưa có tệp đính kèm.',
  tooMany: (limit: number) => `Phạm vi đã chọn có quá ${limit} chỉ tiêu: hãy chọn một đơn vị cấp dưới.`,
} as const;
