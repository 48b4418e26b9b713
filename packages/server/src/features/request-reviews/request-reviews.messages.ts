/** What users read about a unit's review sent through a reporting request. */
import { capitalise } from '@syt/core/report/monthly/activities/words.ts';

export const reviewMessages = {
  unknownKind: (kind: string) =>
    `Loại báo cáo "${kind}" không hợp lệ: chọn một trong quarterly (quý), half-year (sơ kết 6 tháng), nine-month (9 tháng), annual (tổng kết năm).`,
  oneReview: 'Mỗi yêu cầu chỉ đề nghị một báo cáo tổng kết của đơn vị.',
  noReview: 'Yêu cầu này không đề nghị đơn vị gửi báo cáo tổng kết.',
  ownUnitOnly: (unit: string) => `Chỉ người dùng của chính đơn vị "${unit}" được soạn và gửi báo cáo tổng kết của đơn vị; cấp trên chỉ xem.`,
  notOpened: (unit: string) => `Đơn vị "${unit}" chưa mở báo cáo tổng kết theo yêu cầu này.`,
  alreadySent: (unit: string) => `Báo cáo tổng kết của đơn vị "${unit}" đã gửi Sở Y tế: không gửi lại, không sửa được, trừ khi Sở Y tế trả lại.`,
  notSent: (unit: string) => `Đơn vị "${unit}" chưa gửi báo cáo tổng kết theo yêu cầu này.`,
  /** A sent review's status in the report editor and lists: it went to the department, not to a leader's signature. */
  sentLabel: 'Đã gửi Sở Y tế',
  /** `report`: as `storedReportName` names it (`báo cáo tổng kết năm 2023`). */
  exists: (unit: string, report: string) =>
    `${capitalise(report)} của ${unit} đã có (lập ngoài yêu cầu này): mỗi đơn vị chỉ có một báo cáo mỗi loại và kỳ, không tạo thêm được.`,
  sentNote: (request: string) => `Gửi Sở Y tế theo yêu cầu báo cáo ${request}.`,
  returnedNote: (note: string) => `Sở Y tế trả lại để đơn vị chỉnh sửa${note ? `: ${note}` : '.'}`,
  aboveOnly: (unit: string) => `Chỉ cấp trên của đơn vị "${unit}" (chuyên viên, lãnh đạo) được trả lại báo cáo tổng kết của đơn vị.`,
  throughRequest: 'Báo cáo tổng kết của đơn vị được gửi qua yêu cầu báo cáo (nút "Gửi Sở Y tế"), không trình ký như báo cáo của Sở.',
};
