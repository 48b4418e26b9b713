import type { ApiFieldError } from '@syt/core/api/contract.ts';
import { z } from 'zod';
import { badRequest } from '../../errors.ts';

const code = z.string().trim().min(1).max(100);
const text = (max: number) => z.string().trim().min(1).max(max);

export const outlineSection = z.object({
  number: z.string().trim().max(20),
  title: text(500),
  guidance: z.string().trim().max(20_000).default(''),
});

export const deliverableInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('FILE'), title: text(500) }),
  z.object({ kind: z.literal('FORM'), title: text(500), dataSet: code, period: code }),
  // A target round: each unit proposes its targets for the year, one per item.
  z.object({
    kind: z.literal('TARGETS'),
    title: text(500),
    year: z.number().int().min(2000).max(2100),
    items: z.array(code).min(1).max(100),
    // The provincial units that agree the districts' proposals of their field's items.
    fields: z.array(z.object({ unit: code, items: z.array(code).min(1).max(100) })).max(20).default([]),
  }),
  // Each unit's own review report of a kind and period (checked by the service, in Vietnamese).
  z.object({ kind: z.literal('REVIEW'), title: text(500), reportKind: z.string().trim().min(1).max(20), period: code }),
]);

export const groupInput = z.object({
  name: text(300),
  units: z.array(code).min(1).max(1_000),
  deadline: z.iso.date(),
  recipients: z.array(text(300)).max(30).default([]),
});

/** `POST /api/requests`: the request as the department's letter sets it out (seed 002). */
export const createBody = z
  .object({
    // The number is often given only when the letter is issued, so it may be empty.
    number: z.string().trim().max(50).default(''),
    date: z.iso.date(),
    subject: text(2_000),
    outline: z.array(outlineSection).max(200).default([]),
    deliverables: z.array(deliverableInput).max(50).default([]),
    groups: z.array(groupInput).min(1).max(30),
  })
  .strict();
export type CreateRequestInput = z.infer<typeof createBody>;

export const idParams = z.object({ id: z.coerce.number().int().min(1) });
export const templateParams = idParams.extend({ attachmentId: z.coerce.number().int().min(1) });
export const fileParams = templateParams.extend({ unit: code });

/** Text fields of the submission form (multipart, beside the files). */
export const submissionFields = z.object({ unit: code, note: z.string().trim().max(5_000).optional() });

/** Text fields of the template form: which deliverable (0-based index) the file is the template of. */
export const templateFields = z.object({ deliverable: z.coerce.number().int().min(0) });

/** Multipart text fields checked against a schema; 400 naming each bad field, as JSON bodies get. */
export function parseFields<T extends z.ZodType>(schema: T, fields: Record<string, string>): z.infer<T> {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const details: ApiFieldError[] = parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message }));
  throw badRequest(undefined, details);
}
