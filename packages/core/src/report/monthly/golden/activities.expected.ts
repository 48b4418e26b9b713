/**
 * The sentences of seed 001 (Kon Tum, November 2023) that SYT writes from data in sections 1.2, 1.3, 2, 3, 4, 5
 * and 6, by section key. Copied verbatim from the report, except where noted: each change keeps the original text
 * in a comment with the reason. Sentences that are staff's own text (trainings, shortages, the province's
 * inspections) are not here: they go in the sections' free-text slots.
 */
export const ACTIVITIES_EXPECTED: Readonly<Record<string, readonly string[]>> = {
  immunisation: [
    '- Tiếp tục triển khai tiêm bổ sung vắc xin bại liệt (IPV) cho trẻ sinh năm 2021-2022 chưa được tiêm/tiêm chưa đủ 02 mũi vắc xin bại liệt trên địa bàn toàn tỉnh, kết quả tiêm đến 30/11/2023: 7.916/9.890 trẻ, tỷ lệ 80%.',
    '- Tiếp tục triển khai tiêm bổ sung vắc xin uốn ván cho phụ nữ tuổi sinh đẻ vùng nguy cơ cao trên địa bàn toàn tỉnh, kết quả tiêm đến 30/11/2023: 4.709/6.308 đối tượng, tỷ lệ 74,7%.',
  ],
  hiv: [
    '- Tình hình HIV/AIDS trong tháng 11/2023: Không ghi nhận người nhiễm HIV mới, bệnh nhân tử vong 01 người, bệnh nhân HIV từ nơi khác chuyển về tiếp tục điều trị ARV 02 người.',
    '- Tình hình dịch HIV/AIDS lũy tích tính đến ngày 30/11/2023: Tổng số lũy tích người nhiễm HIV/AIDS: 583 người.',
    'Trong đó: Tử vong do HIV/AIDS 209; số người nhiễm HIV/AIDS còn sống trên báo cáo 374 (đang quản lý và tiếp cận được 253); số người nhiễm HIV chuyển sang giai đoạn AIDS 305, trong đó số mắc AIDS còn sống 105.',
    '- Công tác điều trị ARV: Tổng số bệnh nhân HIV/AIDS điều trị ARV đến 30/11/2023: 189 bệnh nhân (có 08 trẻ em).',
    'Tổng số bệnh nhân điều trị dự phòng Lao bằng Isoniazid (INH): 14 bệnh nhân.',
  ],
  'food-safety': [
    // Original: "- Tổ chức các hoạt động truyền thông về an toàn vệ sinh thực phẩm. Cấp 06 giấy chứng nhận …".
    // The communication sentence is staff's text (free slot, its own paragraph), so the certificates open a bullet.
    '- Cấp 06 giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (cấp mới: 03 cơ sở, cấp lại: 03 cơ sở) và tiếp nhận bản tự công bố của 23 sản phẩm.',
    // Original: "Tuyến huyện, thành phố, kiểm tra bảo đảm an toàn thực phẩm với Tổ Đặc biệt của huyện, kết quả: Tổng số
    // cơ sở được kiểm tra 23 cơ sở, 21 cơ sở đạt chiếm tỷ lệ 91,3%." (after the province's inspections in the same
    // bullet). Who inspected with whom is not data: the figures get their own bullet; the rest stays free text.
    '- Công tác kiểm tra tuyến huyện, thành phố: Tổng số cơ sở được kiểm tra 23 cơ sở, 21 cơ sở đạt chiếm tỷ lệ 91,3%.',
    // Original: "… Ghi nhận 04 ca ngộ độc thực phẩm lẻ tẻ do ăn uống không đảm bảo vệ sinh an toàn thực phẩm." The
    // cause is not in the data, so the generated sentence does not assert it (staff may add it in the free slot).
    '- Tình hình ngộ độc thực phẩm: Ghi nhận 04 ca ngộ độc thực phẩm lẻ tẻ.',
  ],
  'medical-services': [
    'Tổng số lượt khám bệnh, chữa bệnh tại các cơ sở khám bệnh, chữa bệnh công lập trong tháng 86.384 lượt người, giảm 8,7% so với tháng trước và số lượt điều trị nội trú 7.304 lượt người, giảm 5% so với tháng trước; công suất sử dụng giường bệnh kế hoạch bình quân của các bệnh viện tuyến tỉnh, huyện và phòng khám đa khoa khu vực đạt 66,8% (tháng trước 73,3%), trong đó tuyến tỉnh 83,9% (tháng trước 84,5%), tuyến huyện 42,6% (tháng trước 51,9%) và phòng khám đa khoa khu vực 70,8% (tháng trước 70,3%).',
  ],
  population: [
    '- Hoạt động truyền thông chuyển đổi hành vi: Truyền thông nhóm (431 lần/5.852 lượt người), truyền thông tư vấn tại hộ gia đình (783 hộ/1.805 người), sinh hoạt câu lạc bộ (32 lần).',
  ],
  forensic: [
    'Khám giám định pháp y theo trưng cầu: 34 ca, trong đó: 06 ca giám định tử thi, 22 ca giám định thương tích và 06 ca giám định trẻ nghi ngờ hoặc bị xâm hại tình dục.',
    // Original: "Khám giám định: 0." A bare "0" follows neither the two-digit rule for counts (REPORT_STYLE) nor the
    // report's way of writing zero in words ("không ghi nhận", "không có"); and "y khoa" names which assessment
    // (GD_YK) it is, since the section also covers forensic ones.
    'Khám giám định y khoa: không có.',
  ],
  'drug-testing': [
    // Original: "Tổng số mẫu kiểm nghiệm trong tháng: 13 mẫu (thuốc hóa dược: 13 mẫu); kết quả kiểm nghiệm 13 mẫu
    // đạt." No element counts samples by type, so the breakdown is left out rather than guessed.
    'Tổng số mẫu kiểm nghiệm trong tháng: 13 mẫu; kết quả kiểm nghiệm 13 mẫu đạt.',
    // Original: "Triển khai công tác lấy mẫu thuốc để kiểm nghiệm chất lượng trên địa bàn các huyện Tu Mơ Rông, Đăk
    // Tô, Đăk Hà và thành phố Kon Tum: 53 mẫu, giám sát các thuốc, mỹ phẩm không đạt tiêu chuẩn chất lượng theo
    // thông báo của Sở Y tế." Where samples were taken is not stored (no per-district element) and the monitoring
    // is an activity: both are staff's text; the count is generated.
    'Triển khai công tác lấy mẫu thuốc để kiểm nghiệm chất lượng: 53 mẫu.',
  ],
};
