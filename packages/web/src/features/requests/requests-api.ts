import type { RequestReviewsView, ReviewKind, UnitReviewView } from '@syt/core/api/request-reviews.ts';
import type { RequestView, TargetField } from '@syt/core/api/requests.ts';
import { apiGet, apiSend } from '../../api/client.ts';
import { postMultipart } from '../../api/multipart.ts';

/** POST /api/requests body, as the server's schema reads it (units by code, recipients one per entry). */
export interface RequestInput {
  number: string;
  date: string;
  subject: string;
  outline: { number: string; title: string; guidance: string }[];
  deliverables: (
    | { kind: 'FILE'; title: string }
    | { kind: 'TARGETS'; title: string; year: number; items: string[]; fields: TargetField[] }
    | { kind: 'REVIEW'; title: string; reportKind: ReviewKind; period: string }
  )[];
  groups: { name: string; units: string[]; deadline: string; recipients: string[] }[];
}

/** One row of `GET /api/requests`: the letter, its groups' deadlines and the counts over what the reader may see. */
export type RequestSummary = Pick<RequestView, 'id' | 'number' | 'date' | 'subject' | 'counts' | 'createdAt'> & {
  groups: { id: number; name: string; deadline: string }[];
};

export async function fetchRequests(): Promise<RequestSummary[]> {
  return (await apiGet<{ requests: RequestSummary[] }>('/api/requests')).requests;
}

export function fetchRequest(id: number): Promise<RequestView> {
  return apiGet<RequestView>(`/api/requests/${id}`);
}

export function createRequest(input: RequestInput): Promise<RequestView> {
  return apiSend<RequestView>('POST', '/api/requests', input);
}

export function submitReport(id: number, fields: { unit: string; note: string; files: File[] }): Promise<unknown> {
  return postMultipart<unknown>(`/api/requests/${id}/submissions`, { unit: fields.unit, note: fields.note || undefined, file: fields.files });
}

/** Download address of a file a unit sent. */
export function submissionFileUrl(id: number, unit: string, attachmentId: number): string {
  return `/api/requests/${id}/submissions/${encodeURIComponent(unit)}/files/${attachmentId}`;
}

/** Download address of a deliverable's template. */
export function templateUrl(id: number, attachmentId: number): string {
  return `/api/requests/${id}/templates/${attachmentId}`;
}

/** The review each visible unit owes the request, and what the request asks. */
export function fetchReviews(id: number): Promise<RequestReviewsView> {
  return apiGet<RequestReviewsView>(`/api/requests/${id}/reviews`);
}

/** Opens the unit's review (written from its data on the first call). */
export function openReview(id: number, unit: string): Promise<UnitReviewView> {
  return apiSend<UnitReviewView>('POST', `/api/requests/${id}/reviews`, { unit });
}

/** Sends the unit's review as it stands at the version the sender saw. */
export function sendReview(id: number, unit: string, baseVersion: number): Promise<UnitReviewView> {
  return apiSend<UnitReviewView>('POST', `/api/requests/${id}/reviews/${encodeURIComponent(unit)}/send`, { baseVersion });
}

/** Returns a unit's sent review for it to edit, with the department's reason. */
export function returnReview(id: number, unit: string, baseVersion: number, note: string): Promise<UnitReviewView> {
  return apiSend<UnitReviewView>('POST', `/api/requests/${id}/reviews/${encodeURIComponent(unit)}/return`, { baseVersion, note });
}

/** Download address of the version a unit sent, as Word. */
export function reviewDownloadUrl(id: number, unit: string): string {
  return `/api/requests/${id}/reviews/${encodeURIComponent(unit)}/download?format=docx`;
}
