/** What users read for the task codes. */
import type { DirectiveType, TaskField, TaskStatus } from '../api/tasks.ts';

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  NOT_STARTED: 'Chưa thực hiện',
  IN_PROGRESS: 'Đang thực hiện',
  DONE: 'Hoàn thành',
  DONE_LATE: 'Hoàn thành quá hạn',
  OVERDUE: 'Quá hạn',
  PAUSED: 'Tạm dừng',
};

export const TASK_FIELD_LABELS: Record<TaskField, string> = {
  PHONG_BENH: 'Phòng bệnh',
  KHAM_CHUA_BENH: 'Khám bệnh, chữa bệnh',
  DUOC_TRANG_THIET_BI: 'Đầu tư - Dược - Trang thiết bị',
  TO_CHUC_NHAN_LUC: 'Tổ chức - Nhân lực',
  TAI_CHINH: 'Tài chính',
  KHAC: 'Khác',
};

export const DIRECTIVE_TYPE_LABELS: Record<DirectiveType, string> = {
  THONG_BAO_KET_LUAN: 'Thông báo kết luận',
  KE_HOACH: 'Kế hoạch',
  CONG_VAN: 'Công văn',
  QUYET_DINH: 'Quyết định',
};
