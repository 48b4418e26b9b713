/**
 * The figures of seed 001 — the Kon Tum Department of Health's monthly report for November 2023 —
 * that the demo values must reproduce exactly. Plain data: each figure quotes the phrase it comes from.
 * A `Figure` is a sum over the named span (for a LAST register: its value in the month); `byUnit`,
 * when given, is the report's complete district list (every other district is zero).
 */

/** A stated figure: a total, optionally with its complete split by org unit. */
export interface Figure {
  total: number;
  byUnit?: Readonly<Record<string, number>>;
}

/** The figures stated for one element (or one option combo of it; absent = all combos together). */
export interface SeriesFigures {
  element: string;
  combo?: string;
  month?: Figure;
  previousMonth?: Figure;
  sameMonthLastYear?: Figure;
  yearToDate?: Figure;
  lastYearToDate?: Figure;
}

/** The spans the report's figures refer to. */
export const SEED_001_SPANS = {
  month: { from: '202311', to: '202311' },
  previousMonth: { from: '202310', to: '202310' },
  sameMonthLastYear: { from: '202211', to: '202211' },
  yearToDate: { from: '202301', to: '202311' },
  lastYearToDate: { from: '202201', to: '202211' },
} as const;

const KON_TUM_CITY = '608';
const DAK_HA = '615';
const DAK_TO = '612';
const NGOC_HOI = '611';
const DAK_GLEI = '610';
const TU_MO_RONG = '617';
const KON_RAY = '614';
const KON_PLONG = '613';
const SA_THAY = '616';
const IA_HDRAI = '618';

/** Section 1.1, the diseases with a bullet of their own. */
export const SEED_001_DISEASES: readonly SeriesFigures[] = [
  // COVID-19: "Trong tháng, không ghi nhận ca mắc mới." — no comparisons, so both reference months were zero too.
  // "Lũy tích từ đầu năm đến 31/10/2023, … ghi nhận 139 ca mắc, giảm 29.601 ca so với cùng kỳ năm trước"
  // (REPORT_STYLE.md: the date is an error; read as to 30/11/2023, so Jan–Nov 2022 = 139 + 29.601).
  {
    element: 'COVID19_CASES',
    month: { total: 0 },
    previousMonth: { total: 0 },
    sameMonthLastYear: { total: 0 },
    yearToDate: { total: 139 },
    lastYearToDate: { total: 29_740 },
  },
  { element: 'COVID19_DEATHS', yearToDate: { total: 0 } }, // "không có tử vong"
  {
    element: 'TCM_CASES',
    // "ghi nhận 17 ca mắc mới (thành phố Kon Tum 03, Ngọc Hồi 07, Đăk Glei 06, Ia H’Drai 01)"
    month: { total: 17, byUnit: { [KON_TUM_CITY]: 3, [NGOC_HOI]: 7, [DAK_GLEI]: 6, [IA_HDRAI]: 1 } },
    previousMonth: { total: 13 }, // "tăng 04 ca so với tháng trước"
    sameMonthLastYear: { total: 3 }, // "tăng 14 ca so với tháng 11/2022"
    yearToDate: { total: 142 }, // "Lũy tích đến 30/11/2023, … ghi nhận 142 ca mắc"
    lastYearToDate: { total: 64 }, // "tăng 78 ca so với cùng kỳ năm trước"
  },
  { element: 'TCM_DEATHS', yearToDate: { total: 0 } }, // "không có tử vong"
  {
    element: 'THUYDAU_CASES',
    // "ghi nhận 09 ca mắc mới (Đăk Glei 03, Tu Mơ Rông 02, Kon Rẫy 03, Kon Plông 01)"
    month: { total: 9, byUnit: { [DAK_GLEI]: 3, [TU_MO_RONG]: 2, [KON_RAY]: 3, [KON_PLONG]: 1 } },
    previousMonth: { total: 15 }, // "giảm 06 ca so với tháng trước"
    sameMonthLastYear: { total: 16 }, // "giảm 07 ca so với tháng 11/2022"
    yearToDate: { total: 153 }, // "ghi nhận 153 ca mắc"
    lastYearToDate: { total: 145 }, // "tăng 08 ca so với cùng kỳ năm trước"
  },
  { element: 'THUYDAU_DEATHS', yearToDate: { total: 0 } }, // "không có tử vong"
  {
    element: 'QUAIBI_CASES',
    month: { total: 0 }, // "không ghi nhận ca mắc mới"
    previousMonth: { total: 3 }, // "giảm 03 ca so với tháng trước"
    sameMonthLastYear: { total: 5 }, // "giảm 05 ca so với tháng 11/2022"
    yearToDate: { total: 41 }, // "ghi nhận 41 ca mắc"
    lastYearToDate: { total: 38 }, // "tăng 03 ca so với cùng kỳ năm trước"
  },
  { element: 'QUAIBI_DEATHS', yearToDate: { total: 0 } }, // "không có tử vong"
  {
    element: 'SXHD_OUTBREAKS',
    // "ghi nhận 24 ổ dịch (thành phố Kon Tum 12, Đăk Tô 03, Kon Rẫy 06, Sa Thầy 02, Ia H’Drai 01)"
    month: { total: 24, byUnit: { [KON_TUM_CITY]: 12, [DAK_TO]: 3, [KON_RAY]: 6, [SA_THAY]: 2, [IA_HDRAI]: 1 } },
    previousMonth: { total: 27 }, // "giảm 03 ổ dịch so với tháng trước"
    yearToDate: { total: 158 }, // "Lũy tích đến 30/11/2023, ghi nhận 158 ổ dịch"
  },
  {
    element: 'SXHD_CASES',
    // "ghi nhận 43 ca mắc mới (thành phố Kon Tum 16, Đăk Tô 12, Kon Rẫy 10, Sa Thầy 04, Ia H’Drai 01)"
    month: { total: 43, byUnit: { [KON_TUM_CITY]: 16, [DAK_TO]: 12, [KON_RAY]: 10, [SA_THAY]: 4, [IA_HDRAI]: 1 } },
    previousMonth: { total: 76 }, // "giảm 33 ca so với tháng trước"
    sameMonthLastYear: { total: 108 }, // "giảm 65 ca so với tháng 11/2022"
    yearToDate: { total: 422 }, // "ghi nhận 422 ca mắc"
    lastYearToDate: { total: 931 }, // "giảm 509 ca so với cùng kỳ năm trước"
  },
  { element: 'SXHD_DEATHS', yearToDate: { total: 0 } }, // "không có tử vong"
  {
    element: 'SOTRET_CASES',
    month: { total: 0 }, // "không ghi nhận ca mắc mới"
    previousMonth: { total: 2 }, // "giảm 02 ca so với tháng trước"
    sameMonthLastYear: { total: 0 }, // "bằng so với tháng 11/2022"
    yearToDate: { total: 2, byUnit: { [DAK_HA]: 2 } }, // "ghi nhận 02 ca mắc ngoại lai (Đăk Hà)"
    lastYearToDate: { total: 4 }, // "giảm 02 ca so với cùng kỳ năm trước"
  },
  { element: 'SOTRET_DEATHS', yearToDate: { total: 0 } }, // "không có ca tử vong"
  { element: 'SOTRET_SEVERE', yearToDate: { total: 0 } }, // "không có ca mắc sốt rét ác tính"
  { element: 'SOTRET_IMPORTED', yearToDate: { total: 2, byUnit: { [DAK_HA]: 2 } } }, // "02 ca mắc ngoại lai (Đăk Hà)"
  {
    element: 'VNNB_CASES',
    // "Trong tháng, không ghi nhận ca mắc mới." — no comparisons, so both reference months were zero too.
    month: { total: 0 },
    previousMonth: { total: 0 },
    sameMonthLastYear: { total: 0 },
    yearToDate: { total: 3, byUnit: { [DAK_HA]: 1, [KON_PLONG]: 1, [NGOC_HOI]: 1 } }, // "03 ca mắc (Đăk Hà 01, Kon Plông 01, Ngọc Hồi 01)"
    lastYearToDate: { total: 0 }, // "tăng 03 ca so với cùng kỳ năm trước"
  },
  { element: 'VNNB_DEATHS', yearToDate: { total: 0 } }, // "không có ca tử vong"
  {
    element: 'VGA_CASES',
    month: { total: 1, byUnit: { [DAK_HA]: 1 } }, // "ghi nhận 01 ca mắc mới tại huyện Đăk Hà"
    previousMonth: { total: 2 }, // "giảm 01 ca so với tháng trước"
    sameMonthLastYear: { total: 0 }, // "tăng 01 ca so với tháng 11/2022"
    yearToDate: { total: 7, byUnit: { [DAK_HA]: 4, [TU_MO_RONG]: 1, [SA_THAY]: 2 } }, // "07 ca mắc (Đăk Hà 04, Tu Mơ Rông 01, Sa Thầy 02)"
    lastYearToDate: { total: 6 }, // "tăng 01 ca so với cùng kỳ năm trước"
  },
  { element: 'VGA_DEATHS', yearToDate: { total: 0 } }, // "không có tử vong"
  {
    element: 'LAO_CASES',
    // "ghi nhận 47 ca mắc mới (Đăk Hà 11, thành phố Kon Tum 10, Ngọc Hồi 08, Đăk Tô 06, Sa Thầy 03, Đăk Glei 03, Kon Plông 03, Tu Mơ Rông 02, Kon Rẫy 01)"
    month: {
      total: 47,
      byUnit: {
        [DAK_HA]: 11,
        [KON_TUM_CITY]: 10,
        [NGOC_HOI]: 8,
        [DAK_TO]: 6,
        [SA_THAY]: 3,
        [DAK_GLEI]: 3,
        [KON_PLONG]: 3,
        [TU_MO_RONG]: 2,
        [KON_RAY]: 1,
      },
    },
    previousMonth: { total: 21 }, // "tăng 26 ca so với tháng trước"
    sameMonthLastYear: { total: 31 }, // "tăng 16 ca so với tháng 11/2022"
    yearToDate: { total: 467 }, // "Lũy tích từ 01/01/2023 đến 30/11/2023, … ghi nhận 467 ca mắc"
    lastYearToDate: { total: 385 }, // "tăng 82 ca so với cùng kỳ năm trước"
  },
  // "trong đó: Lao phổi AFB (+): 350, lao phổi AFB (-): 49, lao ngoài phổi: 68"
  { element: 'LAO_CASES', combo: 'AFB_POS', yearToDate: { total: 350 } },
  { element: 'LAO_CASES', combo: 'AFB_NEG', yearToDate: { total: 49 } },
  { element: 'LAO_CASES', combo: 'EXTRAPULM', yearToDate: { total: 68 } },
  // "Trong tháng, không có ca tử vong" … "có 01 ca tử vong (Kon Plông)"
  { element: 'LAO_DEATHS', month: { total: 0 }, yearToDate: { total: 1, byUnit: { [KON_PLONG]: 1 } } },
  // "Lũy tích từ 01/01/2018 đến 30/11/2023, ghi nhận 2.258 ca; trong đó tử vong: 17 ca, hoàn thành điều trị: 1.910 ca, hiện đang được quản lý điều trị: 331 ca"
  { element: 'LAO_REG_CASES', month: { total: 2_258 } },
  { element: 'LAO_REG_DEATHS', month: { total: 17 } },
  { element: 'LAO_REG_COMPLETED', month: { total: 1_910 } },
  { element: 'LAO_REG_ACTIVE', month: { total: 331 } },
  {
    element: 'PHONG_CASES',
    month: { total: 0 }, // "không ghi nhận ca mắc mới"
    previousMonth: { total: 1 }, // "giảm 01 ca so với tháng trước"
    sameMonthLastYear: { total: 0 }, // no comparison with 11/2022 is written: read as equal, i.e. zero
    yearToDate: { total: 2, byUnit: { [DAK_GLEI]: 2 } }, // "ghi nhận 02 ca mắc (Đăk Glei)"
    lastYearToDate: { total: 2 }, // "bằng so với cùng kỳ năm trước"
  },
  { element: 'PHONG_DEATHS', yearToDate: { total: 0 } }, // "không có ca tử vong"
  { element: 'PHONG_MANAGED', month: { total: 85 } }, // "Tổng số bệnh nhân phong đang quản lý đến 30/11/2023: 85 bệnh nhân"
  { element: 'PHONG_DK_MANAGED', month: { total: 51 } }, // "khu điều trị phong Đăk Kia … đang quản lý 51 người"
  { element: 'PHONG_DK_INPATIENT_OPEN', month: { total: 14 } }, // "bệnh nhân cũ điều trị nội trú còn lại đầu tháng 14"
  { element: 'PHONG_DK_VISITS', month: { total: 29 } }, // "bệnh nhân đến khám (kê đơn) trong tháng 29"
  { element: 'PHONG_DK_ADMISSIONS', month: { total: 10 } }, // "bệnh nhân nhập viện trong tháng 10"
  { element: 'PHONG_DK_DISCHARGES', month: { total: 8 } }, // "bệnh nhân xuất viện trong tháng 08"
  // "bệnh nhân hiện còn đang điều trị nội trú 16"; October closed with the 14 November opened with
  { element: 'PHONG_DK_INPATIENT_CLOSE', month: { total: 16 }, previousMonth: { total: 14 } },
  { element: 'KDYT_CHECKED', month: { total: 7_884 } }, // "công dân nhập cảnh được kiểm tra, giám sát trong tháng: 7.884 người"
  { element: 'KDYT_SUSPECTED', month: { total: 0 } }, // "không phát hiện trường hợp nào mắc bệnh, nghi ngờ mắc bệnh"
];

/**
 * Diseases with no case from 01/01 to 30/11/2023. The watch list: "Trong 11 tháng đầu năm 2023, không ghi nhận
 * mắc mới các bệnh: Cúm A (H5N1, H7N9...), … MERS-CoV, Đậu mùa khỉ, Cúm A(H1N1), Bệnh do vi rút Zika, Bạch hầu,
 * Dại, Ho gà, Sởi,…"; the rest of the table because section 1.1 gives every disease with a case this year a bullet
 * and none of them has one.
 */
// prettier-ignore
export const SEED_001_NO_CASES_THIS_YEAR: readonly string[] = [
  'CUMA_H5N1', 'MERS', 'DAUMUAKHI', 'CUMA_H1N1', 'ZIKA', 'BACHHAU', 'DAI', 'HOGA', 'SOI',
  'BAILIET', 'TA', 'DICHHACH', 'RUBELLA', 'UONVAN_SS', 'UONVAN', 'VNVR', 'VMNNMC', 'VGB', 'VGC', 'CUM',
  'THUONGHAN', 'LYTT', 'LYAMIP', 'TIEUCHAY', 'LIENCAULON', 'THAN', 'XOANKHUAN', 'ADENO',
];

/** Sections 1.2–6: immunisation, HIV, food safety, medical services, population, forensic work, drug testing. */
export const SEED_001_ACTIVITIES: readonly SeriesFigures[] = [
  // "tiêm bổ sung vắc xin bại liệt (IPV) … kết quả tiêm đến 30/11/2023: 7.916/9.890 trẻ, tỷ lệ 80%"
  { element: 'TC_IPV_BS_DONE', month: { total: 7_916 } },
  { element: 'TC_IPV_BS_TARGET', month: { total: 9_890 } },
  // "tiêm bổ sung vắc xin uốn ván cho phụ nữ tuổi sinh đẻ vùng nguy cơ cao … 4.709/6.308 đối tượng, tỷ lệ 74,7%"
  { element: 'TC_UV_PN_DONE', month: { total: 4_709 } },
  { element: 'TC_UV_PN_TARGET', month: { total: 6_308 } },
  // "Không ghi nhận người nhiễm HIV mới, bệnh nhân tử vong 01 người, … chuyển về tiếp tục điều trị ARV 02 người"
  { element: 'HIV_NEW', month: { total: 0 } },
  { element: 'HIV_DEATHS', month: { total: 1 } },
  { element: 'HIV_TRANSFER_IN', month: { total: 2 } },
  { element: 'HIV_REG_TOTAL', month: { total: 583 } }, // "Tổng số lũy tích người nhiễm HIV/AIDS: 583 người"
  { element: 'HIV_REG_DEATHS', month: { total: 209 } }, // "Tử vong do HIV/AIDS 209" (so "còn sống … 374")
  { element: 'HIV_REG_REACHED', month: { total: 253 } }, // "đang quản lý và tiếp cận được 253"
  { element: 'HIV_REG_AIDS', month: { total: 305 } }, // "chuyển sang giai đoạn AIDS 305"
  { element: 'HIV_REG_AIDS_LIVING', month: { total: 105 } }, // "số mắc AIDS còn sống 105"
  { element: 'HIV_ARV', month: { total: 189 } }, // "điều trị ARV đến 30/11/2023: 189 bệnh nhân"
  { element: 'HIV_ARV_CHILDREN', month: { total: 8 } }, // "(có 08 trẻ em)"
  { element: 'HIV_INH', month: { total: 14 } }, // "điều trị dự phòng Lao bằng Isoniazid (INH): 14 bệnh nhân"
  { element: 'ATTP_CERT_NEW', month: { total: 3 } }, // "Cấp 06 giấy chứng nhận … (cấp mới: 03 cơ sở, …"
  { element: 'ATTP_CERT_RENEWED', month: { total: 3 } }, // "… cấp lại: 03 cơ sở)"
  { element: 'ATTP_SELF_DECLARED', month: { total: 23 } }, // "tiếp nhận bản tự công bố của 23 sản phẩm"
  // "Tuyến huyện, … Tổng số cơ sở được kiểm tra 23 cơ sở, 21 cơ sở đạt chiếm tỷ lệ 91,3%" (the province level's
  // 25 inspections, "hầu hết … đạt", have no pass count and stay free text)
  { element: 'ATTP_INSPECTED', month: { total: 23 } },
  { element: 'ATTP_INSPECTED_PASSED', month: { total: 21 } },
  { element: 'ATTP_POISONING_CASES', month: { total: 4 } }, // "Ghi nhận 04 ca ngộ độc thực phẩm lẻ tẻ"
  { element: 'ATTP_POISONING_OUTBREAKS', month: { total: 0 } }, // sporadic ("lẻ tẻ"): no outbreak
  { element: 'ATTP_POISONING_DEATHS', month: { total: 0 } }, // no death reported
  // "Tổng số lượt khám … trong tháng 86.384 lượt người, giảm 8,7% so với tháng trước" (94.616 → 86.384 is −8,70%)
  { element: 'KCB_VISITS', month: { total: 86_384 }, previousMonth: { total: 94_616 } },
  // "số lượt điều trị nội trú 7.304 lượt người, giảm 5% so với tháng trước" (7.688 → 7.304 is −4,99%)
  { element: 'KCB_INPATIENTS', month: { total: 7_304 }, previousMonth: { total: 7_688 } },
  // "công suất sử dụng giường bệnh kế hoạch … đạt 66,8% (tháng trước 73,3%), trong đó tuyến tỉnh 83,9% (tháng trước
  // 84,5%), tuyến huyện 42,6% (tháng trước 51,9%) và phòng khám đa khoa khu vực 70,8% (tháng trước 70,3%)".
  // No one bed plan fits both months' overall rates, so the district plan is revised in November (560 → 795 beds).
  { element: 'KCB_BEDS_PLAN', combo: 'TINH', month: { total: 1_100 }, previousMonth: { total: 1_100 } },
  { element: 'KCB_BEDS_PLAN', combo: 'HUYEN', month: { total: 795 }, previousMonth: { total: 560 } },
  { element: 'KCB_BEDS_PLAN', combo: 'PKDKKV', month: { total: 110 }, previousMonth: { total: 110 } },
  { element: 'KCB_BED_DAYS', combo: 'TINH', month: { total: 27_687 }, previousMonth: { total: 28_814 } }, // 83,9% / 84,5%
  { element: 'KCB_BED_DAYS', combo: 'HUYEN', month: { total: 10_160 }, previousMonth: { total: 9_010 } }, // 42,6% / 51,9%
  { element: 'KCB_BED_DAYS', combo: 'PKDKKV', month: { total: 2_336 }, previousMonth: { total: 2_397 } }, // 70,8% / 70,3%
  // "Truyền thông nhóm (431 lần/5.852 lượt người), truyền thông tư vấn tại hộ gia đình (783 hộ/1.805 người), sinh hoạt câu lạc bộ (32 lần)"
  { element: 'DS_GROUP_SESSIONS', month: { total: 431 } },
  { element: 'DS_GROUP_PEOPLE', month: { total: 5_852 } },
  { element: 'DS_HOUSEHOLD_VISITS', month: { total: 783 } },
  { element: 'DS_HOUSEHOLD_PEOPLE', month: { total: 1_805 } },
  { element: 'DS_CLUB_MEETINGS', month: { total: 32 } },
  // "Khám giám định pháp y theo trưng cầu: 34 ca, trong đó: 06 ca giám định tử thi, 22 ca giám định thương tích và 06 ca … xâm hại tình dục"
  { element: 'GD_PY_AUTOPSY', month: { total: 6 } },
  { element: 'GD_PY_INJURY', month: { total: 22 } },
  { element: 'GD_PY_SEXUAL_ABUSE', month: { total: 6 } },
  { element: 'GD_YK', month: { total: 0 } }, // "Khám giám định: 0"
  // "Tổng số mẫu kiểm nghiệm trong tháng: 13 mẫu …; kết quả kiểm nghiệm 13 mẫu đạt. … lấy mẫu thuốc …: 53 mẫu"
  { element: 'KN_SAMPLES_TESTED', month: { total: 13 } },
  { element: 'KN_SAMPLES_PASSED', month: { total: 13 } },
  { element: 'KN_SAMPLES_COLLECTED', month: { total: 53 } },
];

/** Percentages the report derives from the figures above (checked by the tests, not used by the generator). */
export const SEED_001_RATES = {
  // "giảm 8,7% so với tháng trước", "giảm 5% so với tháng trước"
  change: { KCB_VISITS: -8.7, KCB_INPATIENTS: -5 },
  // bed occupancy: [November, October]
  occupancy: { all: [66.8, 73.3], TINH: [83.9, 84.5], HUYEN: [42.6, 51.9], PKDKKV: [70.8, 70.3] },
  // "tỷ lệ 80%", "tỷ lệ 74,7%"
  coverage: { TC_IPV_BS: 80, TC_UV_PN: 74.7 },
  // "số người nhiễm HIV/AIDS còn sống trên báo cáo 374"; "21 cơ sở đạt chiếm tỷ lệ 91,3%"
  hivLiving: 374,
  inspectedPassedRate: 91.3,
} as const;
