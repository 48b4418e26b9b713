/** The fixed words of a Decree 30 document that every rendering prints the same way. */

/** The national name (quốc hiệu). */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** The motto (tiêu ngữ). */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The label before the recipients. */
export const TO_LABEL = 'Kính gửi:';
/** The label of the distribution list beside the signature. */
export const DISTRIBUTION_LABEL = 'Nơi nhận:';
/** The archive line every distribution list ends with when the settings leave it out. */
export const DEFAULT_ARCHIVE_LINE = 'Lưu: VT, KHTC';
/** The heading of the charts' appendix, printed after the signature. */
export const CHART_APPENDIX_TITLE = 'PHỤ LỤC: BIỂU ĐỒ';
/** A chart's caption in the appendix: `Biểu đồ 1. Sốt xuất huyết theo tháng`. */
export const chartCaption = (n: number, title: string) => `Biểu đồ ${n}. ${title}`;
