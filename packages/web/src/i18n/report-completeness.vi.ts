/** Wording of the report editor's banner about forms not received, and of the acknowledgement before signing off. */
export const reportCompletenessVi = {
  title: (count: number) => `Báo cáo chưa đủ số liệu: còn ${count} biểu mẫu chưa nhận được`,
  intro: 'Số liệu của các đơn vị dưới đây không được tính; báo cáo ghi rõ các đơn vị chưa gửi báo cáo.',
  states: {
    missing: 'chưa có số liệu',
    draft: 'đang nhập, chưa gửi',
    submitted: 'đã gửi',
    approved: 'đã duyệt',
  } as Record<'missing' | 'draft' | 'submitted' | 'approved', string>,
  drafts: (units: string) => `Có tính số liệu tạm tính (chưa gửi chính thức) của: ${units}.`,
  regenerateHint: 'Khi các đơn vị gửi báo cáo, bấm "Cập nhật số liệu" để viết lại các đoạn số liệu.',
  acknowledge: (count: number) => `Tôi biết báo cáo còn thiếu số liệu của ${count} biểu mẫu và vẫn trình ký / duyệt.`,
  counting: {
    drafts: 'Tính cả số liệu nháp (chưa gửi)',
    draftsHint: 'Số liệu nháp được ghi rõ là tạm tính trong báo cáo.',
    draftsBySetting: 'Thiết lập chung của hệ thống đã tính cả số liệu nháp.',
    settings: 'Trạng thái được tính',
    settingsTitle: 'Biểu mẫu ở trạng thái nào được tính vào báo cáo',
    settingsIntro: 'Áp dụng cho mọi báo cáo của hệ thống. Mặc định: đã gửi và đã duyệt. Số liệu nháp luôn được ghi rõ là tạm tính.',
    saved: 'Đã lưu trạng thái được tính vào báo cáo.',
    atLeastOne: 'Chọn ít nhất một trạng thái.',
  },
} as const;
