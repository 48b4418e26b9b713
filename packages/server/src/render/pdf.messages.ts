/** What a PDF conversion answers users, in Vietnamese. */
export const pdfMessages = {
  busy: 'Máy chủ đang bận chuyển nhiều báo cáo sang PDF, vui lòng thử lại sau ít phút.',
} as const;
