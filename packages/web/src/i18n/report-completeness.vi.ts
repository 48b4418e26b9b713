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
} as const;
