/** How the version comparison names what changed, in Vietnamese (the editor shows these labels as they are). */
import type { ReportHeader } from '../model.ts';

export const HEADER_FIELD_LABELS: Record<keyof ReportHeader, string> = {
  superiorBody: 'Cơ quan chủ quản',
  issuingBody: 'Cơ quan ban hành',
  documentNumber: 'Số văn bản',
  documentSymbol: 'Ký hiệu văn bản',
  place: 'Địa danh',
  date: 'Ngày phát hành',
  recipients: 'Kính gửi',
  distribution: 'Nơi nhận',
  signerTitle: 'Chức vụ người ký',
  signerName: 'Họ tên người ký',
};

export const CHANGE_LABELS = {
  header: (field: string) => `Phần đầu — ${field}`,
  generated: (section: string) => `${section} — đoạn viết từ số liệu`,
  free: (section: string) => `${section} — nội dung tự soạn`,
  /** Part II as the document titles it: next month's plan, next quarter's, next year's tasks. */
  plan: (title: string) => `II. ${title}`,
};
