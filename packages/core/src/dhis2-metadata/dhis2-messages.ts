/** Vietnamese text of the DHIS2 metadata reader, in one place. */
import { PERIOD_TYPES } from '../metadata/types.ts';

/** What each DHIS2 collection is called in a message. */
export const DHIS2_KIND_NAMES: Record<string, string> = {
  categoryOptions: 'mục phân tổ',
  categories: 'phân tổ',
  categoryCombos: 'tổ hợp phân tổ',
  categoryOptionCombos: 'tổ hợp mục phân tổ',
  dataElements: 'phần tử dữ liệu',
  dataSets: 'biểu mẫu',
  sections: 'phần biểu mẫu',
  organisationUnits: 'đơn vị',
  indicatorTypes: 'loại chỉ số',
  indicators: 'chỉ số',
  validationRules: 'quy tắc kiểm tra',
};

/** `phần tử dữ liệu "Số ca mắc" (fbfJHSPpUQD)`: how a message names a DHIS2 object. */
export function named(kind: string, object: { id: string; name?: string | undefined }): string {
  const label = DHIS2_KIND_NAMES[kind] ?? kind;
  return object.name ? `${label} "${object.name}" (${object.id})` : `${label} ${object.id}`;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const dhis2Messages = {
  notAnObject: () => 'Tệp danh mục DHIS2 phải là một đối tượng JSON',
  notAList: (kind: string) => `"${kind}" phải là một danh sách`,
  brokenRef: (who: string, field: string, id: string) =>
    `${capital(who)}: ${field} trỏ tới id "${id}" không có trong tệp hay trong hệ thống`,
  duplicateId: (who: string) => `${capital(who)}: id bị trùng trong tệp`,
  unsupportedPeriodType: (who: string, periodType: string) =>
    `${capital(who)}: loại kỳ chưa hỗ trợ "${periodType}" (SYT lưu các loại kỳ ${PERIOD_TYPES.join(', ')})`,
  unsupportedValue: (who: string, field: string, value: string, supported: readonly string[]) =>
    `${capital(who)}: ${field} "${value}" chưa hỗ trợ (SYT nhận ${supported.join(', ')})`,
  optionInTwoCategories: (who: string, first: string, second: string) =>
    `${capital(who)} nằm trong hai phân tổ "${first}" và "${second}": trong SYT mỗi mục phân tổ thuộc một phân tổ`,
  sidesDiffer: (who: string) =>
    `${capital(who)}: hai vế có cách xử lý giá trị thiếu khác nhau, SYT chỉ có một cách cho cả quy tắc`,
  annualized: (who: string) => `${capital(who)}: chỉ số quy đổi theo năm (annualized) chưa hỗ trợ`,
  unsupportedExpression: (who: string, field: string, part: string) =>
    `${capital(who)}: ${field} dùng "${part}" chưa hỗ trợ (SYT đọc #{phần tử}, #{phần tử.tổ hợp mục}, số, + - * / ( ) và [days])`,
  unusedProperty: (kind: string, property: string, count: number) =>
    `Thuộc tính "${property}" của ${count} ${DHIS2_KIND_NAMES[kind] ?? kind} không có chỗ trong SYT nên không được nhập`,
  unusedKind: (kind: string, count: number) =>
    `${count} đối tượng "${kind}" không có chỗ trong SYT nên không được nhập`,
  codeFromUid: (kind: string, count: number) =>
    `${count} ${DHIS2_KIND_NAMES[kind] ?? kind} không có mã: SYT dùng id làm mã`,
  badCode: (who: string, reason: string) => `${capital(who)}: mã không dùng được trong SYT (${reason})`,
  codeKept: (who: string, stored: string) => `${capital(who)} đã có trong hệ thống với mã "${stored}": giữ mã này`,
  longText: (who: string) => `${capital(who)}: kiểu LONG_TEXT được lưu là TEXT`,
  noExpiry: (who: string, days: number) =>
    `${capital(who)}: DHIS2 không khóa nhập liệu (expiryDays 0), SYT để mở ${days} ngày sau hạn nộp`,
  dueDayClamped: (who: string, day: number) => `${capital(who)}: timelyDays đưa về hạn nộp ngày ${day} của kỳ sau`,
  noDecimals: (who: string, decimals: number) => `${capital(who)} không ghi số chữ số thập phân: SYT dùng ${decimals}`,
  messageFromName: (who: string) => `${capital(who)} không có instruction: thông báo khi vi phạm là tên quy tắc`,
  levelGuessed: (who: string, level: number) =>
    `${capital(who)} chưa giao cho đơn vị nào: SYT coi biểu mẫu dành cho cấp ${level}`,
  sectionIdsNotKept: (count: number) => `Id của ${count} phần biểu mẫu không được lưu (SYT đặt lại khi xuất)`,
  optionWithoutCategory: (who: string) => `${capital(who)} không thuộc phân tổ nào nên không được nhập`,
  elementsOutsideSections: () => 'Phần tử khác',
} as const;
