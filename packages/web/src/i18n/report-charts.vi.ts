/** Wording of the charts a unit's reports carry (Biểu đồ kèm báo cáo). */
export const reportChartsVi = {
  label: 'Biểu đồ kèm báo cáo',
  hint: 'Tối đa 4 biểu đồ đã lưu, in ở phụ lục sau chữ ký. Báo cáo đã lưu áp dụng khi bấm "Cập nhật số liệu".',
  placeholder: 'Chọn biểu đồ đã lưu',
  none: 'Chưa có biểu đồ đã lưu nào',
  saved: 'Đã lưu danh sách biểu đồ kèm báo cáo.',
  /** A chart set by another officer that this one may not open. */
  hidden: (id: number) => `Biểu đồ số ${id} (không được chia sẻ với anh/chị)`,
};
