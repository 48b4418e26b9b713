/**
 * Section 1.1 of seed 001 (Kon Tum, November 2023), sentence by sentence, as SYT must write it from the demo values.
 * Copied verbatim from the seed except where REPORT_STYLE.md deliberately fixes the real text; each fix quotes the
 * original and names the rule. Rules applied throughout:
 * - `Ia H'Drai` is written with the ASCII apostrophe of our org-unit name (the seed has the typographic `Ia H’Drai`).
 * - District lists: largest count first, ties in the province's canonical order (REPORT_STYLE.md "Numbers, dates,
 *   names"); the seed mostly lists districts in canonical order.
 * - Deaths: one wording, `không có tử vong` (named first in REPORT_STYLE.md, used by 6 of the seed's 10 bullets);
 *   the seed writes `không có ca tử vong` for malaria, Japanese encephalitis, tuberculosis and leprosy.
 * - Year-to-date district breakdowns naming more than three districts are footnotes: the seed lost its footnotes
 *   in extraction (the line breaks after `142 ca mắc`, `158 ổ dịch`, …), so the body reads without them.
 * - `Lũy tích từ 01/01/yyyy đến …` for tuberculosis and leprosy (the seed's wording for both), `Lũy tích đến …` for
 *   the others.
 */
export const SECTION_1_1_EXPECTED: readonly string[] = [
  // COVID-19. Seed: "Lũy tích từ đầu năm đến 31/10/2023, không có tử vong, ghi nhận 139 ca mắc, …" — a date that does
  // not match the period (REPORT_STYLE.md "What SYT must never do"); written like every other bullet.
  '- Bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona (COVID-19): Trong tháng, không ghi nhận ca mắc mới.',
  'Lũy tích đến 30/11/2023, không có tử vong, ghi nhận 139 ca mắc, giảm 29.601 ca so với cùng kỳ năm trước.',

  // Seed: "(thành phố Kon Tum 03, Ngọc Hồi 07, Đăk Glei 06, Ia H’Drai 01)" — re-ordered by count.
  "- Tay - Chân - Miệng: Trong tháng, ghi nhận 17 ca mắc mới (Ngọc Hồi 07, Đăk Glei 06, thành phố Kon Tum 03, Ia H'Drai 01), tăng 04 ca so với tháng trước, tăng 14 ca so với tháng 11/2022.",
  'Lũy tích đến 30/11/2023, không có tử vong, ghi nhận 142 ca mắc, tăng 78 ca so với cùng kỳ năm trước.',

  // Seed: "(Đăk Glei 03, Tu Mơ Rông 02, Kon Rẫy 03, Kon Plông 01)" — re-ordered by count, the tie in canonical order.
  '- Thủy đậu: Trong tháng, ghi nhận 09 ca mắc mới (Đăk Glei 03, Kon Rẫy 03, Tu Mơ Rông 02, Kon Plông 01), giảm 06 ca so với tháng trước, giảm 07 ca so với tháng 11/2022.',
  'Lũy tích đến 30/11/2023, không có tử vong, ghi nhận 153 ca mắc, tăng 08 ca so với cùng kỳ năm trước.',

  '- Quai bị: Trong tháng, không ghi nhận ca mắc mới, giảm 03 ca so với tháng trước, giảm 05 ca so với tháng 11/2022.',
  'Lũy tích đến 30/11/2023, không có tử vong, ghi nhận 41 ca mắc, tăng 03 ca so với cùng kỳ năm trước.',

  // Seed: "24 ổ dịch (thành phố Kon Tum 12, Đăk Tô 03, Kon Rẫy 06, Sa Thầy 02, Ia H’Drai 01)" — re-ordered by count.
  "- Sốt xuất huyết Dengue: Trong tháng, ghi nhận 24 ổ dịch (thành phố Kon Tum 12, Kon Rẫy 06, Đăk Tô 03, Sa Thầy 02, Ia H'Drai 01), giảm 03 ổ dịch so với tháng trước.",
  'Lũy tích đến 30/11/2023, ghi nhận 158 ổ dịch.',
  "Trong tháng, ghi nhận 43 ca mắc mới (thành phố Kon Tum 16, Đăk Tô 12, Kon Rẫy 10, Sa Thầy 04, Ia H'Drai 01), giảm 33 ca so với tháng trước, giảm 65 ca so với tháng 11/2022.",
  'Lũy tích đến 30/11/2023, không có tử vong, ghi nhận 422 ca mắc, giảm 509 ca so với cùng kỳ năm trước.',

  '- Sốt rét: Trong tháng, không ghi nhận ca mắc mới, giảm 02 ca so với tháng trước, bằng so với tháng 11/2022.',
  // Seed: "không có ca tử vong" — the one deaths wording.
  'Lũy tích đến 30/11/2023, không có tử vong, không có ca mắc sốt rét ác tính, ghi nhận 02 ca mắc ngoại lai (Đăk Hà), giảm 02 ca so với cùng kỳ năm trước.',

  '- Bệnh viêm não Nhật Bản: Trong tháng, không ghi nhận ca mắc mới.',
  // Seed: "không có ca tử vong, ghi nhận 03 ca mắc (Đăk Hà 01, Kon Plông 01, Ngọc Hồi 01)" — the deaths wording; the
  // tie in canonical order (Ngọc Hồi before Kon Plông).
  'Lũy tích đến 30/11/2023, không có tử vong, ghi nhận 03 ca mắc (Đăk Hà 01, Ngọc Hồi 01, Kon Plông 01), tăng 03 ca so với cùng kỳ năm trước.',

  '- Bệnh viêm gan vi rút A: Trong tháng, ghi nhận 01 ca mắc mới tại huyện Đăk Hà, giảm 01 ca so với tháng trước, tăng 01 ca so với tháng 11/2022.',
  // Seed: "(Đăk Hà 04, Tu Mơ Rông 01, Sa Thầy 02)" — re-ordered by count.
  'Lũy tích đến 30/11/2023, không có tử vong, ghi nhận 07 ca mắc (Đăk Hà 04, Sa Thầy 02, Tu Mơ Rông 01), tăng 01 ca so với cùng kỳ năm trước.',

  // Seed: "Trong tháng, không có ca tử vong, …" — the deaths wording; "… Sa Thầy 03, Đăk Glei 03, Kon Plông 03 …" —
  // the tie in canonical order.
  '- Bệnh Lao: Trong tháng, không có tử vong, ghi nhận 47 ca mắc mới (Đăk Hà 11, thành phố Kon Tum 10, Ngọc Hồi 08, Đăk Tô 06, Đăk Glei 03, Kon Plông 03, Sa Thầy 03, Tu Mơ Rông 02, Kon Rẫy 01), tăng 26 ca so với tháng trước, tăng 16 ca so với tháng 11/2022.',
  'Lũy tích từ 01/01/2023 đến 30/11/2023, có 01 ca tử vong (Kon Plông), ghi nhận 467 ca mắc, tăng 82 ca so với cùng kỳ năm trước; trong đó: Lao phổi AFB (+): 350, lao phổi AFB (-): 49, lao ngoài phổi: 68.',
  'Lũy tích từ 01/01/2018 đến 30/11/2023, ghi nhận 2.258 ca; trong đó tử vong: 17 ca, hoàn thành điều trị: 1.910 ca, hiện đang được quản lý điều trị: 331 ca.',

  // Seed: "Trong tháng, không ghi nhận ca mắc mới, giảm 01 ca so với tháng trước." — a month without a case keeps both
  // comparisons unless both reference months were zero (REPORT_STYLE.md; malaria's bullet keeps its `bằng so với
  // tháng 11/2022` in the seed).
  '- Bệnh Phong: Trong tháng, không ghi nhận ca mắc mới, giảm 01 ca so với tháng trước, bằng so với tháng 11/2022.',
  // Seed: "không có ca tử vong" — the deaths wording.
  'Lũy tích từ 01/01/2023 đến 30/11/2023, không có tử vong, ghi nhận 02 ca mắc (Đăk Glei), bằng so với cùng kỳ năm trước.',
  'Tổng số bệnh nhân phong đang quản lý đến 30/11/2023: 85 bệnh nhân.',
  'Quản lý và điều trị bệnh nhân phong tại khu điều trị phong Đăk Kia (là trại viên) đang quản lý 51 người; bệnh nhân cũ điều trị nội trú còn lại đầu tháng 14; bệnh nhân đến khám (kê đơn) trong tháng 29; bệnh nhân nhập viện trong tháng 10; bệnh nhân xuất viện trong tháng 08; bệnh nhân hiện còn đang điều trị nội trú 16.',

  '- Tổng số công dân nhập cảnh được kiểm tra, giám sát trong tháng: 7.884 người.',
  'Qua kiểm tra không phát hiện trường hợp nào mắc bệnh, nghi ngờ mắc bệnh thuộc nhóm A theo Luật phòng chống bệnh truyền nhiễm và các bệnh nguy hiểm gây dịch mới phát sinh theo quy định của Bộ Y tế.',

  // Seed: "…, Ho gà, Sởi,… " — the configured list is complete, so it ends cleanly with a full stop.
  '- Trong 11 tháng đầu năm 2023, không ghi nhận mắc mới các bệnh: Cúm A (H5N1, H7N9...), Hội chứng viêm đường hô hấp vùng Trung Đông do vi rút Corona (MERS-CoV), Đậu mùa khỉ, Cúm A(H1N1), Bệnh do vi rút Zika, Bạch hầu, Dại, Ho gà, Sởi.',
];

/** The blocks of the section, in order (one bullet per disease with a case, then the leprosy area, border, watch list). */
export const SECTION_1_1_BLOCK_IDS: readonly string[] = [
  'disease.COVID19',
  'disease.TCM',
  'disease.THUYDAU',
  'disease.QUAIBI',
  'disease.SXHD',
  'disease.SOTRET',
  'disease.VNNB',
  'disease.VGA',
  'disease.LAO',
  'disease.PHONG',
  'disease.PHONG.dakkia',
  'disease.border',
  'disease.watch',
];
