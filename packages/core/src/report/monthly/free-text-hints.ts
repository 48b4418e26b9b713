/** The free-text slots of the monthly report and what staff write in each (the editor's placeholders). */
export const FREE_TEXT_HINTS = {
  disease: 'Nhận định, hoạt động phòng chống dịch khác trong tháng (nếu có)',
  immunisation: 'Tình hình tiêm chủng thường xuyên, cung ứng vắc xin, các hoạt động khác',
  hiv: 'Hoạt động phòng chống HIV/AIDS khác (nếu có)',
  ncd: 'Hoạt động phòng chống bệnh không lây nhiễm: tập huấn, giám sát, khám sàng lọc…',
  environment: 'Sức khỏe môi trường, y tế trường học, bệnh nghề nghiệp',
  communication: 'Phóng sự, bài viết, lớp tập huấn truyền thông giáo dục sức khỏe…',
  'food-safety': 'Hoạt động truyền thông, kiểm tra an toàn thực phẩm của tuyến tỉnh…',
  'medical-services': 'Nhận định chung về công tác khám bệnh, chữa bệnh',
  population: 'Hoạt động chăm sóc sức khỏe sinh sản, dinh dưỡng, tập huấn, giám sát…',
  forensic: 'Hoạt động giám định khác (nếu có)',
  'drug-testing': 'Hoạt động kiểm nghiệm, giám sát chất lượng khác (nếu có)',
  other: 'Các nhiệm vụ trọng tâm khác của Sở trong tháng',
} as const;
