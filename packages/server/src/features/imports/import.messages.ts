import { PERIOD_FORMS } from '@syt/core/period/index.ts';

const OBJECT_WORDS = { dataElement: 'phần tử dữ liệu', orgUnit: 'đơn vị', categoryOptionCombo: 'phân tổ' } as const;
const SCHEME_WORDS = { UID: 'UID', CODE: 'mã', NAME: 'tên' } as const;

/** Why an imported row is refused: Vietnamese, naming the code at fault. */
export const importMessages = {
  unknownElement: (code: string) => `Mã phần tử dữ liệu "${code}" không tồn tại.`,
  unknownCombo: (combo: string, element: string) => `Phân tổ "${combo}" không thuộc phần tử dữ liệu "${element}".`,
  unknownOrgUnit: (code: string) => `Mã đơn vị "${code}" không tồn tại.`,
  unknownIdentifier: (field: 'dataElement' | 'orgUnit' | 'categoryOptionCombo', scheme: 'UID' | 'CODE' | 'NAME', id: string) =>
    `Không có ${OBJECT_WORDS[field]} nào có ${SCHEME_WORDS[scheme]} "${id}".`,
  unknownAttributeCombo: (id: string) => `Tổ hợp thuộc tính (attributeOptionCombo) "${id}" không tồn tại.`,
  unknownDataSet: (id: string) => `Biểu mẫu (dataSet) "${id}" không tồn tại: không lưu giá trị nào.`,
  completeWithoutDataSet: 'Tệp có ngày hoàn thành (completeDate) nhưng không nêu biểu mẫu (dataSet).',
  outsideScope: (unit: string) => `Đơn vị ${unit} nằm ngoài phạm vi được phân quyền.`,
  badPeriod: (code: string) => `Kỳ báo cáo "${code}" không hợp lệ. Cần dạng ${PERIOD_FORMS}.`,
  notInForm: (element: string, unit: string, period: string) =>
    `Phần tử "${element}" không thuộc biểu mẫu nào được giao cho đơn vị ${unit} với kỳ ${period}.`,
  unitNotOpen: (unit: string, period: string) => `Đơn vị ${unit} không hoạt động trong kỳ ${period}.`,
  future: (period: string) => `Kỳ ${period} chưa bắt đầu.`,
  closed: (period: string, closesOn: string) => `Kỳ ${period} đã hết hạn nhập liệu (hạn cuối ${closesOn}).`,
  locked: (form: string, unit: string, period: string) => `Biểu mẫu "${form}" của đơn vị ${unit} kỳ ${period} đã được duyệt: số liệu bị khóa.`,
  submitted: (form: string, unit: string, period: string) =>
    `Biểu mẫu "${form}" của đơn vị ${unit} kỳ ${period} đã nộp: cần mở lại trước khi sửa số liệu.`,
  formAt: (form: string, unit: string, period: string) => `Biểu mẫu "${form}", đơn vị ${unit}, kỳ ${period}`,
  tooManyForms: (count: string, limit: string) =>
    `Tệp điền ${count} biểu mẫu, quá giới hạn ${limit} biểu mẫu được đánh dấu đã nộp trong một lần nhập: hãy chia thành nhiều tệp nhỏ hơn.`,
  valueAt: (n: number) => `Giá trị thứ ${n}`,
  unreadable: 'Không đọc được tệp.',
  tooLarge: (limit: string) => `Tệp số liệu lớn hơn ${limit}: hãy chia thành nhiều tệp nhỏ hơn.`,
  notSytForm: 'Tệp Excel không phải biểu mẫu tải từ SYT (thiếu trang ẩn "_syt").',
  unknownFormat: 'Không nhận ra định dạng tệp. Hãy chọn JSON, CSV, ADX (XML) hoặc Excel (.xlsx).',
} as const;
