import type { ReviewKind } from '@syt/core/api/request-reviews.ts';
import { reviewsVi } from '../../i18n/request-reviews.vi.ts';
import { targetsVi } from '../../i18n/targets.vi.ts';
import { serverToday } from '../../lib/server-clock.ts';
import type { RequestInput } from './requests-api.ts';

/** The create form's values; recipients are typed one per line. */
export interface RequestValues {
  number: string;
  date: string;
  subject: string;
  outline: { key: string; number: string; title: string; guidance: string }[];
  deliverables: { key: string; title: string }[];
  /**
   * A target round asked with the request: the year, the items each unit proposes, and the provincial units that
   * agree the districts' proposals of their field's items.
   */
  targets: { enabled: boolean; year: string; items: string[]; fields: { key: string; unit: string | null; items: string[] }[] };
  /** Each unit's own review asked with the request: the report kind and its period. */
  review: { enabled: boolean; kind: ReviewKind; period: string };
  groups: { key: string; name: string; units: string[]; deadline: string; recipients: string }[];
}

// Stable keys let rows be removed from the middle without React reusing the wrong inputs.
let next = 0;
export const newKey = () => `row-${++next}`;

export const emptySection = () => ({ key: newKey(), number: '', title: '', guidance: '' });
export const emptyDeliverable = () => ({ key: newKey(), title: '' });
export const emptyField = () => ({ key: newKey(), unit: null as string | null, items: [] as string[] });
export const emptyGroup = () => ({ key: newKey(), name: '', units: [] as string[], deadline: '', recipients: '' });

export function initialRequestValues(): RequestValues {
  return {
    number: '', date: '', subject: '', outline: [emptySection()], deliverables: [],
    targets: { enabled: false, year: String(Number(serverToday().slice(0, 4)) + 1), items: [], fields: [] },
    review: { enabled: false, kind: 'annual', period: serverToday().slice(0, 4) },
    groups: [emptyGroup()],
  };
}

/** Blank outline and deliverable rows are dropped rather than refused. */
export function toRequestInput(v: RequestValues): RequestInput {
  return {
    number: v.number.trim(),
    date: v.date,
    subject: v.subject.trim(),
    outline: v.outline
      .filter((s) => s.title.trim())
      .map((s) => ({ number: s.number.trim(), title: s.title.trim(), guidance: s.guidance.trim() })),
    deliverables: [
      ...v.deliverables.filter((d) => d.title.trim()).map((d) => ({ kind: 'FILE' as const, title: d.title.trim() })),
      ...(v.targets.enabled
        ? [{
            kind: 'TARGETS' as const,
            title: targetsVi.round.title(Number(v.targets.year)),
            year: Number(v.targets.year),
            items: v.targets.items,
            fields: v.targets.fields.map((f) => ({ unit: f.unit ?? '', items: f.items })),
          }]
        : []),
      ...(v.review.enabled ? [reviewDeliverable(v.review.kind, v.review.period.trim())] : []),
    ],
    groups: v.groups.map((g) => ({
      name: g.name.trim(),
      units: g.units,
      deadline: g.deadline,
      recipients: g.recipients.split('\n').map((line) => line.trim()).filter(Boolean),
    })),
  };
}

/** The REVIEW deliverable: `Báo cáo tổng kết năm 2023 của đơn vị`. */
function reviewDeliverable(kind: ReviewKind, period: string) {
  return { kind: 'REVIEW' as const, title: reviewsVi.title(reviewsVi.kinds[kind], period), reportKind: kind, period };
}

/**
 * `groups.1.units.0` → `groups.1.units`: a detail about one unit shows under the group's unit picker; a detail about
 * the target round's items (the request's only TARGETS deliverable) under its item picker, and one about a field
 * under its unit or items picker (every field row is sent, so the server's index is the form's); one about the
 * review's kind or period (the web sends no other deliverable with a period) under the review's fields.
 */
export function formFieldOf(serverField: string): string {
  return serverField
    .replace(/^(groups\.\d+\.units)\.\d+$/, '$1')
    .replace(/^(groups\.\d+\.recipients)\.\d+$/, '$1')
    .replace(/^deliverables\.\d+\.items(\.\d+)?$/, 'targets.items')
    .replace(/^deliverables\.\d+\.fields\.(\d+)\.unit$/, 'targets.fields.$1.unit')
    .replace(/^deliverables\.\d+\.fields\.(\d+)\.items(\.\d+)?$/, 'targets.fields.$1.items')
    .replace(/^deliverables\.\d+\.reportKind$/, 'review.kind')
    .replace(/^deliverables\.\d+\.period$/, 'review.period');
}
