/** What SYT's DHIS2-compatible paths say to a script, in Vietnamese. */
export const dhis2Messages = {
  tooManyFilters: (n: number) => `Tối đa ${n} điều kiện lọc (filter).`,
  badOrder: 'Tham số order cần dạng "tên_trường:asc" hoặc "tên_trường:desc".',
  badUid: 'Mã định danh (UID) cần đúng 11 ký tự: một chữ cái rồi chữ cái hoặc chữ số.',
  badFields: (text: string) => `Tham số fields không hợp lệ: "${text}" (ngoặc vuông không cân hoặc tên trường sai).`,
  badFilter: (text: string) => `Điều kiện lọc (filter) không hợp lệ: "${text}". Cần dạng "thuộc_tính:toán_tử:giá_trị", ví dụ "code:eq:ABC".`,
  badFilterOperator: (text: string) => `Điều kiện lọc (filter) "${text}" dùng toán tử chưa hỗ trợ (hỗ trợ eq, !eq, like, ilike, in, !in, null, !null, gt, ge, lt, le…).`,
  unknownObject: (kind: string, uid: string) => `Không tìm thấy ${kind} có mã định danh "${uid}".`,
  kindNames: { dataSets: 'biểu mẫu', dataElements: 'phần tử dữ liệu', organisationUnits: 'đơn vị' } as Record<string, string>,
} as const;
