/** Wording of data quality: the outlier mark at entry and the outlier analysis page. */
const count = (n: number) => n.toLocaleString('vi-VN');

export const qualityVi = {
  cell: {
    flag: 'Ngoài ngưỡng, đã đánh dấu theo dõi',
    outside: (min: number, max: number) =>
      `Giá trị nằm ngoài ngưỡng thường gặp của ô này (${count(min)} – ${count(max)}), tính từ số liệu các kỳ trước. Giá trị vẫn được lưu và được đánh dấu để theo dõi.`,
    askComment: 'Hãy ghi chú lý do (ví dụ: ổ dịch, bổ sung ca từ tháng trước) vào ô Ghi chú bên dưới.',
    commented: 'Đã có ghi chú giải thích.',
  },
  page: {
    title: 'Chất lượng số liệu',
    description:
      'Tìm các giá trị bất thường và các vi phạm quy tắc kiểm tra của một biểu mẫu, tại một đơn vị và các đơn vị trực thuộc, trong một khoảng thời gian.',
    tabs: { outliers: 'Giá trị bất thường', rules: 'Vi phạm quy tắc kiểm tra', history: 'Tình hình nộp cả năm' },
    outliersHint:
      'Các giá trị nằm ngoài ngưỡng tối thiểu – tối đa (tính từ số liệu các năm trước) hoặc lệch xa bất thường so với các kỳ khác của cùng ô (|z| > 3).',
    dataSet: 'Biểu mẫu',
    orgUnit: 'Đơn vị (gồm các đơn vị trực thuộc)',
    from: 'Từ tháng',
    to: 'Đến tháng',
    run: 'Phân tích',
    exportXlsx: 'Xuất Excel',
    exportCsv: 'Xuất CSV',
    none: 'Không có giá trị bất thường nào trong phạm vi đã chọn.',
    truncated: (n: number) => `Chỉ hiển thị ${count(n)} giá trị lệch nhiều nhất; hãy thu hẹp phạm vi để xem hết.`,
    found: (n: number) => `${count(n)} giá trị bất thường`,
    columns: {
      element: 'Chỉ tiêu',
      unit: 'Đơn vị',
      period: 'Kỳ',
      value: 'Giá trị',
      bounds: 'Ngưỡng',
      z: 'Điểm z',
      followUp: 'Theo dõi',
      comment: 'Ghi chú',
    },
    noBounds: 'chưa có',
    followUpLabel: (element: string, unit: string, period: string) => `Theo dõi ${element} – ${unit} – ${period}`,
    regenerate: 'Tính lại ngưỡng từ số liệu',
    history: {
      hint: (year: number) => `Tình hình nộp từng tháng của năm ${year} (năm của ô "Đến tháng").`,
      none: 'Không có đơn vị nào báo cáo biểu mẫu này trong phạm vi đã chọn.',
      unit: 'Đơn vị',
      month: (m: number) => `T${m}`,
      monthName: (m: number) => `Tháng ${m}`,
      counts: { due: 'Đến hạn', reported: 'Đã nộp', onTime: 'Đúng hạn', late: 'Muộn', missing: 'Chưa nộp' },
      notExisting: 'Đơn vị chưa thành lập hoặc đã giải thể',
    },
    rules: {
      summary: (checked: number, notReported: number) =>
        `Đã kiểm tra ${count(checked)} biểu (đơn vị × tháng) có số liệu; ${count(notReported)} biểu chưa có số liệu nên không kiểm tra.`,
      none: 'Không có vi phạm quy tắc kiểm tra nào trong các biểu đã kiểm tra.',
      found: (n: number) => `${count(n)} vi phạm`,
      truncated: (n: number) => `Chỉ hiển thị ${count(n)} vi phạm đầu tiên; hãy thu hẹp phạm vi để xem hết.`,
      columns: { unit: 'Đơn vị', period: 'Kỳ', rule: 'Quy tắc', importance: 'Mức độ', values: 'Vế trái / vế phải' },
      importance: { HIGH: 'Cao', MEDIUM: 'Trung bình', LOW: 'Thấp' } as Record<string, string>,
    },
    regenerated: (series: number) => `Đã tính lại ngưỡng cho ${count(series)} ô số liệu.`,
  },
} as const;
