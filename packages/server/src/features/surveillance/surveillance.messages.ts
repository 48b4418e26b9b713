/** Everything the surveillance routes say to a user, in Vietnamese. */
import type { AlertKind, AlertStatus, OutbreakStatus, ThresholdMethodName, UnitAlertState } from '@syt/core/api/surveillance.ts';

export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  THRESHOLD: 'Vượt ngưỡng',
  IMMEDIATE: 'Báo cáo khẩn',
};

export const ALERT_STATUS_LABELS: Record<AlertStatus, string> = {
  NEW: 'Mới',
  VERIFIED: 'Đã xác minh',
  DISMISSED: 'Đã loại bỏ',
  OUTBREAK: 'Đã lập ổ dịch',
};

export const OUTBREAK_STATUS_LABELS: Record<OutbreakStatus, string> = {
  ACTIVE: 'Đang hoạt động',
  CLOSED: 'Đã kết thúc',
};

export const UNIT_STATE_LABELS: Record<UnitAlertState, string> = {
  NONE: 'Không có cảnh báo',
  NEW: 'Có cảnh báo mới',
  VERIFIED: 'Cảnh báo đã xác minh',
  OUTBREAK: 'Có ổ dịch đang hoạt động',
};

export const METHOD_LABELS: Record<ThresholdMethodName, string> = {
  ENDEMIC_CHANNEL: 'Kênh nội sinh (tứ phân vị 5 năm)',
  EARS_C1: 'EARS C1',
  EARS_C2: 'EARS C2',
  EARS_C3: 'EARS C3',
  FARRINGTON: 'Farrington',
  FARRINGTON_FLEXIBLE: 'Farrington cải tiến',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** `2023W47` → `tuần 47/2023`, `202311` → `tháng 11/2023`. */
export function periodLabel(code: string): string {
  const week = /^(\d{4})W(\d{1,2})$/.exec(code);
  if (week) return `tuần ${pad(Number(week[2]))}/${week[1]}`;
  const month = /^(\d{4})(\d{2})$/.exec(code);
  return month ? `tháng ${month[2]}/${month[1]}` : code;
}

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

export const surveillanceMessages = {
  periodLabel: (code: string) => upperFirst(periodLabel(code)),
  unknownDisease: (code: string) => `Không tìm thấy bệnh có mã "${code}".`,
  notImmediate: (disease: string, date: string) =>
    `Bệnh "${disease}" không thuộc diện báo cáo khẩn trong 24 giờ vào ngày ${date} (chỉ bệnh nhóm A hoặc bệnh được đánh dấu báo cáo khẩn).`,
  futureDate: (date: string) => `Ngày ${date} chưa đến: không được nhập ngày trong tương lai.`,
  onsetTooOld: (days: number) => `Ngày khởi phát quá cũ: báo cáo khẩn chỉ nhận ca khởi phát trong vòng ${days} ngày gần đây.`,
  unitClosed: (unit: string, date: string) => `Đơn vị ${unit} không còn hoạt động vào ngày ${date}.`,
  alertNotFound: (id: number) => `Không tìm thấy cảnh báo số ${id}.`,
  outbreakNotFound: (id: number) => `Không tìm thấy ổ dịch số ${id}.`,
  alertNotOpen: (status: string) => `Cảnh báo đang ở trạng thái "${status}": không thể thực hiện thao tác này.`,
  alertNotNew: (status: string) => `Chỉ xác minh được cảnh báo mới; cảnh báo này đang ở trạng thái "${status}".`,
  outbreakClosed: 'Ổ dịch đã kết thúc: không thể ghi nhận thêm.',
  outbreakHistory: 'Ổ dịch được chuyển từ số liệu nhập tay trước đây: không có diễn biến để cập nhật.',
  beforeStart: (date: string) => `Ngày không được trước ngày phát hiện ổ dịch (${date}).`,
  beforeLastCase: (date: string) => `Ngày kết thúc không được trước ngày ghi nhận ca bệnh cuối cùng (${date}).`,
  cannotHandle: 'Chỉ chuyên viên Sở, quản trị viên hoặc Trung tâm Kiểm soát bệnh tật mới được xác minh, loại bỏ cảnh báo hay đóng ổ dịch.',
  invalidWeek: (code: string) => `Mã tuần không hợp lệ: "${code}". Cần dạng 2023W47.`,
  alertTitle: (kind: AlertKind, disease: string, unit: string, period: string) =>
    kind === 'IMMEDIATE' ? `Báo cáo khẩn: ${disease} tại ${unit}` : `Cảnh báo dịch: ${disease} tại ${unit} ${period} vượt ngưỡng`,
  thresholdBody: (observed: number, upper: string, method: string) => `Ghi nhận ${observed} ca, vượt ngưỡng ${upper} (${method}).`,
  immediateBody: (count: number, onset: string, place: string) => `${count} ca, khởi phát ngày ${onset}${place ? `, tại ${place}` : ''}.`,
  autoClosed: (days: number) => `Tự động kết thúc sau ${days} ngày (2 lần thời gian ủ bệnh tối đa) không có ca mắc mới.`,
} as const;
