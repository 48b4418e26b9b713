/** What users read for the submission statuses of a reporting request. */
import type { SubmissionStatus } from '../api/requests.ts';

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  PENDING: 'Chưa nộp (còn hạn)',
  SUBMITTED: 'Đã nộp đúng hạn',
  SUBMITTED_LATE: 'Nộp muộn',
  OVERDUE: 'Quá hạn, chưa nộp',
};
