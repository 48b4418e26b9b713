/** Wording of a cell whose save was refused because someone else changed it first. */
export const cellConflictVi = {
  title: 'Ô này vừa bị người khác sửa',
  keepMine: (value: string) => `Giữ giá trị của tôi (${value || 'trống'})`,
  takeTheirs: (value: string) => `Dùng giá trị hiện tại (${value || 'trống'})`,
  /** When the server's account of the change could not be read. */
  fallback: 'Ô này vừa được người khác sửa. Giá trị của bạn chưa được lưu.',
} as const;
