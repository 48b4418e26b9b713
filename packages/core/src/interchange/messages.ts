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
  deleted: 'dấu xóa',
  followup: 'dấu cần theo dõi',
  storedBy: 'người nhập',
  created: 'thời điểm tạo',
  lastUpdated: 'thời điểm cập nhật',
} as const;
/** A data value field that messages can name. */
export type FieldName = keyof typeof FIELD_NAMES;

/** How a place in a file is named: CSV by line, JSON and ADX by the value's position, ADX groups by theirs. */
export const places = {
  line: (line: number) => `Dòng ${line}`,
  item: (position: number) => `Giá trị thứ ${position}`,
  group: (position: number) => `Nhóm thứ ${position}`,
  /** The set-level fields of a JSON document (its top level). */
  header: () => 'Phần đầu tệp',
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

/**
 * The place of a problem whose value has a location of its own: readers leave the place out of such messages,
 * because the server shows `location: reason` (and the web a location column), which would double it.
 */
export const AT_LOCATION = '';

// `Dòng 2: thiếu …` with a place; `Thiếu …` without one, as a sentence of its own.
const at = (place: string, text: string): string =>
  place === '' ? text.charAt(0).toUpperCase() + text.slice(1) : `${place}: ${text}`;

/** Problems found while reading a file; `place` comes from `places`, or is `AT_LOCATION`. */
export const messages = {
  missingField: (place: string, field: FieldName, key: string) => at(place, `thiếu ${FIELD_NAMES[field]} (${key})`),
  invalidField: (place: string, field: FieldName, key: string) =>
    at(place, `${FIELD_NAMES[field]} (${key}) phải là chuỗi ký tự hoặc số`),
  invalidBoolean: (place: string, field: FieldName, key: string, raw: string) =>
    at(place, `${FIELD_NAMES[field]} (${key}) phải là true hoặc false, không phải "${raw}"`),
  invalidTimestamp: (place: string, field: FieldName, key: string, raw: string) =>
    at(place, `${FIELD_NAMES[field]} (${key}) "${raw}" không phải ngày giờ ISO 8601 (ví dụ 2024-02-05T10:20:30)`),
  invalidPeriod: (place: string, period: string) =>
    at(place, `kỳ báo cáo "${period}" không hợp lệ (cần dạng ${PERIOD_FORMS} hoặc một loại kỳ khác của DHIS2)`),
  invalidAdxPeriod: (place: string, period: string) =>
    at(place, `kỳ báo cáo "${period}" không hợp lệ (cần dạng ngày bắt đầu/độ dài, ví dụ 2023-11-01/P1M)`),
  /** A well-formed DHIS2 period whose type SYT does not store; `type` is DHIS2's name (`FinancialApril`). */
  unsupportedPeriodType: (place: string, code: string, type: string) =>
    at(place, `kỳ báo cáo "${code}" thuộc loại kỳ chưa hỗ trợ (${type})`),
  unsupportedAttributeCombo: (place: string, code: string) =>
    at(place, `hệ thống chưa hỗ trợ tổ hợp thuộc tính (attributeOptionCombo) "${code}"`),
  notAnObject: (place: string) => at(place, 'không phải một đối tượng JSON'),
  invalidHeaderValue: (key: string, raw: string, allowed: readonly string[]) =>
    `${places.header()}: ${key} "${raw}" không hợp lệ (cần một trong: ${allowed.join(', ')})`,
  invalidHeaderBoolean: (key: string, raw: string) =>
    `${places.header()}: ${key} phải là true hoặc false, không phải "${raw}"`,
  invalidHeaderText: (key: string) => `${places.header()}: ${key} phải là chuỗi ký tự`,
  invalidCompleteDate: (place: string, key: string, raw: string) =>
    at(place, `ngày hoàn thành (${key}) "${raw}" không phải ngày ISO 8601 (ví dụ 2024-02-05)`),
  unknownFieldIgnored: (place: string, key: string) =>
    at(place, `trường "${key}" không thuộc định dạng dataValueSets của DHIS2; trường này được bỏ qua`),
  unsupportedAttributeOptions: () =>
    `${places.header()}: hệ thống chưa hỗ trợ attributeCategoryOptions; hãy ghi tổ hợp thuộc tính bằng attributeOptionCombo`,
  unknownColumnIgnored: (column: string) =>
    `Dòng tiêu đề có cột "${column}" không thuộc định dạng CSV của DHIS2; cột này được bỏ qua`,
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
    at(place, `thiếu phân tổ "${category}" của phần tử dữ liệu "${element}"`),
  unknownCategory: (place: string, attribute: string, element: string) =>
    at(place, `"${attribute}" không phải phân tổ của phần tử dữ liệu "${element}"`),
  /** ADX: the element has no categories the resolver knows of, so the attribute may be fine and the element unknown. */
  unknownElementCategory: (place: string, attribute: string, element: string) =>
    at(place, `phần tử dữ liệu "${element}" không có trong danh mục hoặc không có phân tổ "${attribute}"`),
} as const;

/** Why a value set could not be written; these reach the user through the export screen. */
export const exportMessages = {
  invalidPeriod: (period: string) => `Không xuất được: kỳ báo cáo "${period}" không hợp lệ`,
  comboMismatch: (element: string, combo: string, categories: readonly string[]) =>
    categories.length === 0
      ? `Không xuất được ADX: phần tử dữ liệu "${element}" không có phân tổ nhưng giá trị có tổ hợp "${combo}"`
      : `Không xuất được ADX: tổ hợp "${combo}" của phần tử dữ liệu "${element}" không tách được theo phân tổ ${categories.join(', ')}`,
  valueNotNumber: (element: string, value: string) =>
    `Không xuất được ADX: giá trị "${value}" của phần tử dữ liệu kiểu số "${element}" không phải số`,
  badCategoryCode: (category: string) =>
    `Không xuất được ADX: mã phân tổ "${category}" không dùng được làm tên thuộc tính XML`,
} as const;
