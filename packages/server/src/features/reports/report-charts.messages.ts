/** Vietnamese wording of the charts a unit's reports carry: refusals in the settings, notes in the appendix. */
export const reportChartMessages = {
  notOpenable: (id: number) =>
    `Biểu đồ kèm báo cáo: không tìm thấy biểu đồ đã lưu số ${id}, hoặc anh/chị không được mở biểu đồ này.`,
  notChart: (name: string) => `Biểu đồ kèm báo cáo: «${name}» là bảng số liệu, không phải biểu đồ.`,
  duplicate: 'Biểu đồ kèm báo cáo: mỗi biểu đồ chỉ chọn một lần.',
  /** The caption of a chart whose favourite is gone. */
  untitled: (id: number) => `Biểu đồ đã lưu số ${id}`,
  deleted: 'Biểu đồ đã lưu không còn (đã bị xóa hoặc đổi thành bảng số liệu).',
  noData: 'Không có số liệu cho biểu đồ này trong kỳ báo cáo.',
  notDrawn: (reason: string) => `Không vẽ được biểu đồ: ${reason}`,
};
