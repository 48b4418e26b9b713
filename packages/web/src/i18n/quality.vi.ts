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
    title: 'Giá trị bất thường',
    description:
      'Liệt kê các giá trị nằm ngoài ngưỡng tối thiểu – tối đa (tính từ số liệu các năm trước) hoặc lệch xa bất thường so với các kỳ khác của cùng ô (|z| > 3).',
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
    regenerated: (series: number) => `Đã tính lại ngưỡng cho ${count(series)} ô số liệu.`,
  },
} as const;
