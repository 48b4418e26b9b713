/**
 * Vietnamese text of the metadata and org-unit checks, in one place.
 * (Report phrasing lives in `vi/`; these are administrator-facing integrity messages.)
 */

/** What each kind of object is called in a message. */
export const KIND_NAMES = {
  category: 'phân tổ',
  option: 'mục phân tổ',
  categoryCombo: 'tổ hợp phân tổ',
  optionCombo: 'tổ hợp mục phân tổ',
  dataElement: 'phần tử dữ liệu',
  dataSet: 'biểu mẫu',
  section: 'phần biểu mẫu',
  indicator: 'chỉ số',
  validationRule: 'quy tắc kiểm tra',
  disease: 'bệnh',
  orgUnit: 'đơn vị hành chính',
} as const;
export type Kind = keyof typeof KIND_NAMES;

/** Name of the option combo of elements without a breakdown. */
export const DEFAULT_OPTION_COMBO_NAME = 'Mặc định';

export const messages = {
  duplicate: (kind: Kind, code: string) => `Mã ${KIND_NAMES[kind]} "${code}" bị trùng`,
  unknown: (kind: Kind, code: string) => `Mã ${KIND_NAMES[kind]} "${code}" không tồn tại`,
  unknownOptionCombo: (element: string, option: string) =>
    `Phần tử dữ liệu "${element}" không có tổ hợp mục phân tổ "${option}"`,
  badExpression: (at: number) => `Biểu thức không hợp lệ (lỗi ở ký tự thứ ${at + 1})`,
  defaultComboNotEmpty: (code: string) => `Tổ hợp phân tổ "${code}" là tổ hợp mặc định nên không được có phân tổ`,
  emptyCombo: (code: string) => `Tổ hợp phân tổ "${code}" phải có ít nhất một phân tổ`,
  categoryRepeated: (code: string) => `Phân tổ "${code}" lặp lại trong tổ hợp`,
  categoryWithoutOptions: (code: string) => `Phân tổ "${code}" chưa có mục phân tổ nào`,
  elementRepeatedInDataSet: (code: string) => `Phần tử dữ liệu "${code}" xuất hiện nhiều lần trong biểu mẫu`,
  weeklyDueDay: (day: number) => `Biểu mẫu tuần phải có hạn nộp từ ngày 1 đến ngày 7 của tuần sau (đang là ${day})`,
  spanReversed: () => 'Ngày bắt đầu hiệu lực sau ngày hết hiệu lực',
  spansOverlap: () => 'Các giai đoạn phân nhóm của bệnh chồng lên nhau',
  closingBeforeOpening: () => 'Ngày giải thể trước ngày thành lập',
  parentNotOneLevelUp: (parent: string) => `Đơn vị cấp trên "${parent}" phải ở cấp ngay trên`,
  rootNotLevelOne: () => 'Đơn vị không có cấp trên phải ở cấp 1',
  parentCycle: () => 'Quan hệ cấp trên tạo thành vòng lặp',
  selfSuccessor: () => 'Đơn vị không thể kế thừa chính nó',
  successorOfOpenUnit: () => 'Đơn vị chưa giải thể thì không có đơn vị kế thừa',
  unknownSuccessor: (unit: string, successor: string) =>
    `Đơn vị "${unit}" có đơn vị kế thừa "${successor}" không tồn tại (không có trong tệp hay trong hệ thống)`,
  unknownParent: (unit: string, parent: string) =>
    `Đơn vị "${unit}" có đơn vị cấp trên "${parent}" không tồn tại (không có trong tệp hay trong hệ thống)`,
  duplicateUid: (kind: Kind, uid: string, code: string, other: string) =>
    `UID "${uid}" của ${KIND_NAMES[kind]} "${code}" đã dùng cho ${KIND_NAMES[kind]} "${other}"`,
  optionComboNotGenerated: (combo: string, options: readonly string[]) =>
    `Tổ hợp phân tổ "${combo}" không sinh ra tổ hợp mục phân tổ gồm các mục [${options.join(', ')}]`,
  optionComboDeclaredTwice: (combo: string, options: readonly string[]) =>
    `Tổ hợp mục phân tổ gồm [${options.join(', ')}] của tổ hợp "${combo}" được khai báo hai lần`,
  optionComboCodeRepeated: (combo: string, code: string) =>
    `Mã tổ hợp mục phân tổ "${code}" lặp lại trong tổ hợp phân tổ "${combo}"`,
} as const;
