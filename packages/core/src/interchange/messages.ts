import { PERIOD_FORMS } from '../period/errors.ts';

/** Vietnamese text of the data value import and export, in one place. */

/** What each data value field is called in a message. */
export const FIELD_NAMES = {
  dataElement: 'mã phần tử dữ liệu',
  period: 'kỳ báo cáo',
  orgUnit: 'mã đơn vị hành chính',
  categoryOptionCombo: 'mã tổ hợp mục phân tổ',
  attributeOptionCombo: 'mã tổ hợp thuộc tính',
  value: 'giá trị',
  comment: 'ghi chú',
} as const;
/** A data value field that messages can name. */
export type FieldName = keyof typeof FIELD_NAMES;

/** How a place in a file is named: CSV by line, JSON and ADX by the value's position, ADX groups by theirs. */
export const places = {
  line: (line: number) => `Dòng ${line}`,
  item: (position: number) => `Giá trị thứ ${position}`,
  group: (position: number) => `Nhóm thứ ${position}`,
} as const;

/** Why `JSON.parse` gave up, said for a user. */
export const jsonSyntax = {
  at: (line: number, column: number) => `lỗi cú pháp ở dòng ${line}, cột ${column}`,
  unexpectedEnd: () => 'tệp bị cắt ngang, kết thúc khi chưa đóng hết ngoặc',
  unexpectedToken: (token: string) => `ký tự "${token}" không đúng chỗ`,
  other: () => 'sai cú pháp JSON',
} as const;

/** Why csv-parse gave up, said for a user. */
export const csvSyntax = {
  quoteNotClosed: (line: number) => `dấu ngoặc kép mở ở dòng ${line} không được đóng`,
  misplacedQuote: (line: number) => `dấu ngoặc kép không đúng chỗ ở dòng ${line}`,
  other: (line: number) => `lỗi cú pháp ở dòng ${line}`,
} as const;

/** Problems found while reading a file; `place` comes from `places`. */
export const messages = {
  missingField: (place: string, field: FieldName, key: string) => `${place}: thiếu ${FIELD_NAMES[field]} (${key})`,
  invalidField: (place: string, field: FieldName, key: string) =>
    `${place}: ${FIELD_NAMES[field]} (${key}) phải là chuỗi ký tự hoặc số`,
  invalidPeriod: (place: string, period: string) => `${place}: kỳ báo cáo "${period}" không hợp lệ (cần dạng ${PERIOD_FORMS})`,
  invalidAdxPeriod: (place: string, period: string) =>
    `${place}: kỳ báo cáo "${period}" không hợp lệ (cần dạng ngày bắt đầu/độ dài, ví dụ 2023-11-01/P1M)`,
  unsupportedAttributeCombo: (place: string, code: string) =>
    `${place}: hệ thống chưa hỗ trợ tổ hợp thuộc tính (attributeOptionCombo) "${code}"`,
  notAnObject: (place: string) => `${place}: không phải một đối tượng JSON`,
  emptyFile: () => 'Tệp trống, không có dữ liệu',
  unreadableJson: (detail: string) => `Tệp JSON không đọc được: ${detail}`,
  notDataValueSet: () => 'Tệp JSON không đúng định dạng dataValueSets: không có mảng "dataValues"',
  unreadableCsv: (detail: string) => `Tệp CSV không đọc được: ${detail}`,
  headerMissingColumns: (columns: readonly string[]) =>
    `Dòng tiêu đề không đúng: thiếu cột ${columns.map((c) => `"${c}"`).join(', ')}`,
  headerUnknownColumn: (column: string) => `Dòng tiêu đề có cột "${column}" không thuộc định dạng CSV của DHIS2`,
  headerRepeatedColumn: (column: string) => `Dòng tiêu đề có cột "${column}" lặp lại`,
  unreadableXml: (line: number, column: number) => `Tệp XML không đọc được: lỗi cú pháp ở dòng ${line}, cột ${column}`,
  unreadableXmlAnywhere: () => 'Tệp XML không đọc được',
  notAdx: () => 'Tệp XML không đúng định dạng ADX',
  missingCategory: (place: string, category: string, element: string) =>
    `${place}: thiếu phân tổ "${category}" của phần tử dữ liệu "${element}"`,
  unknownCategory: (place: string, attribute: string, element: string) =>
    `${place}: "${attribute}" không phải phân tổ của phần tử dữ liệu "${element}"`,
} as const;

/** Why a value set could not be written; these reach the user through the export screen. */
export const exportMessages = {
  invalidPeriod: (period: string) => `Không xuất được: kỳ báo cáo "${period}" không hợp lệ`,
  comboMismatch: (element: string, combo: string, categories: readonly string[]) =>
    categories.length === 0
      ? `Không xuất được ADX: phần tử dữ liệu "${element}" không có phân tổ nhưng giá trị có tổ hợp "${combo}"`
      : `Không xuất được ADX: tổ hợp "${combo}" của phần tử dữ liệu "${element}" không tách được theo phân tổ ${categories.join(', ')}`,
  badCategoryCode: (category: string) =>
    `Không xuất được ADX: mã phân tổ "${category}" không dùng được làm tên thuộc tính XML`,
} as const;
