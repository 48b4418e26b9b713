import type { FormStatus } from './form-status.ts';

/** Vietnamese names of form statuses, as the department says them. */
export const FORM_STATUS_LABELS: Record<FormStatus, string> = {
  NOT_STARTED: 'Chưa nhập',
  IN_PROGRESS: 'Đang nhập',
  SUBMITTED_ON_TIME: 'Đã nộp đúng hạn',
  SUBMITTED_LATE: 'Nộp muộn',
  APPROVED: 'Đã duyệt',
};
