import { DIRECTIVE_TYPES, TASK_FIELDS } from '@syt/core/api/tasks.ts';
import { daysInMonth } from '@syt/core/period/iso-date.ts';
import { z } from 'zod';
import { badRequest } from '../../errors.ts';
import { vi } from '../../messages.ts';

const code = z.string().trim().min(1).max(100);
const day = z.coerce.number().int().min(1).max(31);

// A leap year, so 29/02 is a yearly day (clamped to 28/02 in other years).
const LEAP_YEAR = 2024;

/** A day and month that occur in some year. */
const yearly = z
  .object({ kind: z.literal('YEARLY'), month: z.coerce.number().int().min(1).max(12), day })
  .superRefine((d, ctx) => {
    if (d.day > daysInMonth(LEAP_YEAR, d.month)) ctx.addIssue({ code: 'custom', path: ['day'], message: vi.tasks.dayNotInMonth(d.day, d.month) });
  });

/**
 * A deadline: one date; a day of each month, of each quarter's last month, of June and December, or a day and
 * month of each year; ongoing ("thường xuyên"); or on request ("đột xuất").
 */
export const deadline = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('DATE'), date: z.iso.date() }),
  z.object({ kind: z.literal('MONTHLY'), day }),
  z.object({ kind: z.literal('QUARTERLY'), day }),
  z.object({ kind: z.literal('HALF_YEARLY'), day }),
  yearly,
  z.object({ kind: z.literal('ONGOING') }),
  z.object({ kind: z.literal('ON_REQUEST') }),
]);

/** One task as staff assign it. */
export const taskInput = z.object({
  title: z.string().trim().min(1).max(2_000),
  content: z.string().max(20_000).default(''),
  group: z.string().trim().max(2_000).nullish(),
  field: z.enum(TASK_FIELDS),
  lead: code,
  coordinating: z.array(code).max(100).default([]),
  deadline,
});
export type TaskInput = z.infer<typeof taskInput>;

/** A directive's task may go to a group of units ("các TTYT huyện"): each unit gets its own task and progress. */
export const directiveTaskInput = taskInput.extend({ lead: z.union([code, z.array(code).min(1).max(100)]) });
export type DirectiveTaskInput = z.infer<typeof directiveTaskInput>;

// Tasks stored by one request, counting one per lead unit.
const MAX_TASK_ROWS = 1_000;

/** `POST /api/directives/:id/tasks`: the reviewed tasks of a directive, confirmed or kept as drafts. */
export const directiveTasksBody = z.object({
  tasks: z
    .array(directiveTaskInput)
    .min(1)
    .max(500)
    .refine((tasks) => tasks.reduce((n, t) => n + (Array.isArray(t.lead) ? t.lead.length : 1), 0) <= MAX_TASK_ROWS, {
      error: vi.tasks.tooManyTaskRows(MAX_TASK_ROWS),
    }),
  draft: z.boolean().default(false),
});

/** `POST /api/tasks`: one task, optionally of a directive. */
export const createTaskBody = taskInput.extend({ directiveId: z.number().int().min(1).nullish() });

/** `PUT /api/tasks/:id`: any of the task's fields; only the statuses people set by hand. */
// Without the create defaults: an edit that leaves out the content or the coordinating units must keep them.
export const editTaskBody = taskInput
  .extend({ content: z.string().max(20_000), coordinating: z.array(code).max(100) })
  .partial()
  .extend({ status: z.enum(['NOT_STARTED', 'IN_PROGRESS', 'PAUSED']).optional() })
  .strict();
export type EditTaskInput = z.infer<typeof editTaskBody>;

/** `POST /api/tasks/:id/updates` (JSON or multipart fields). */
export const updateBody = z.object({
  kind: z.enum(['PROGRESS', 'COMMENT']),
  text: z.string().trim().min(1).max(20_000),
  status: z.enum(['IN_PROGRESS', 'DONE']).optional(),
});
export type UpdateInput = z.infer<typeof updateBody>;

/** A directive's fields (JSON or multipart fields). */
export const directiveBody = z.object({
  number: z.string().trim().min(1).max(100),
  date: z.iso.date(),
  type: z.enum(DIRECTIVE_TYPES),
  issuer: z.string().trim().min(1).max(500),
  subject: z.string().trim().min(1).max(2_000),
});
export type DirectiveInput = z.infer<typeof directiveBody>;

const flag = z.enum(['1', 'true', '0', 'false']).transform((v) => v === '1' || v === 'true');

/** `GET /api/tasks` filters. */
export const listQuery = z.object({
  unit: code.optional(),
  status: z.enum(['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DONE_LATE', 'OVERDUE', 'PAUSED']).optional(),
  overdue: flag.optional(),
  field: z.enum(TASK_FIELDS).optional(),
  q: z.string().trim().max(200).optional(),
  directive: z.coerce.number().int().min(1).optional(),
  draft: flag.optional(),
});
export type ListFilter = z.infer<typeof listQuery>;

export const idParams = z.object({ id: z.coerce.number().int().min(1) });
export const attachmentParams = idParams.extend({ attachmentId: z.coerce.number().int().min(1) });

/** Multipart fields checked with a schema: 400 naming each bad field, as JSON bodies get. */
export function parseFields<T extends z.ZodType>(schema: T, fields: unknown): z.infer<T> {
  const result = schema.safeParse(fields);
  if (result.success) return result.data;
  throw badRequest(
    undefined,
    result.error.issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message })),
  );
}
