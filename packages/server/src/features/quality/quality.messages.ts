/** Vietnamese wording of the data-quality routes. */
export const qualityMessages = {
  minAboveMax: 'Giá trị tối thiểu không được lớn hơn giá trị tối đa.',
  tooManyPeriods: (max: number) => `Chỉ phân tích tối đa ${max} tháng mỗi lần; hãy thu hẹp khoảng thời gian.`,
  fromAfterTo: 'Tháng bắt đầu phải trước hoặc trùng tháng kết thúc.',
  notMonthly: (code: string) => `Kỳ "${code}" không phải là tháng (dạng YYYYMM, ví dụ 202312).`,
  nothingToExport: 'Không có giá trị bất thường nào trong phạm vi đã chọn: không có gì để xuất.',
  tooManyForms: (max: number) => `Chỉ kiểm tra tối đa ${max} biểu (đơn vị × tháng) mỗi lần; hãy chọn ít đơn vị hoặc ít tháng hơn.`,
  noViolationToExport: 'Không có vi phạm quy tắc kiểm tra nào trong phạm vi đã chọn: không có gì để xuất.',
  invalidYear: (year: string) => `Năm không hợp lệ: "${year}" (dạng YYYY, ví dụ 2023).`,
  noUnitToExport: 'Không có đơn vị nào báo cáo biểu mẫu này trong phạm vi và năm đã chọn: không có gì để xuất.',
  /** `syt quality bounds`: what was generated, from which months, which elements by season. */
  boundsGenerated: (series: number, from: string, to: string, seasonal: string[]) =>
    `Đã tính ngưỡng cho ${series} ô số liệu từ số liệu ${from}–${to}.` + (seasonal.length > 0 ? ` Tính theo mùa: ${seasonal.join(', ')}.` : ''),
  noValue: 'Ô này chưa có số liệu để đánh dấu theo dõi.',
} as const;

/** Column headings of the outlier export (the page shows the same). */
export const OUTLIER_COLUMNS = [
  'Mã chỉ tiêu', 'Chỉ tiêu', 'Phân tổ', 'Mã đơn vị', 'Đơn vị', 'Kỳ', 'Giá trị', 'Tối thiểu', 'Tối đa', 'Điểm z', 'Ngoài ngưỡng', 'Theo dõi', 'Ghi chú',
] as const;

/** Column headings of the validation analysis export. */
export const VALIDATION_COLUMNS = ['Mã đơn vị', 'Đơn vị', 'Kỳ', 'Mã quy tắc', 'Mức độ', 'Nội dung', 'Vế trái', 'Phép so sánh', 'Vế phải'] as const;

/** Column headings of the reporting history export: the unit, twelve months, the counts. */
export const HISTORY_COLUMNS = [
  'Mã đơn vị', 'Đơn vị', ...Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`), 'Đến hạn', 'Đã nộp', 'Đúng hạn', 'Muộn', 'Chưa nộp',
] as const;
