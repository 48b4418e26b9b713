import type { MetadataPackage } from '@syt/core/metadata/types.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import type { DataSetReportTable } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { validateForm } from '../validation/validation.service.ts';
import { resolveForm, type FormInput } from './form.service.ts';
import { findReport, saveReport } from './workflow.repository.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

const conflict = (code: string, message: string, details: { field: string; message: string }[] = []) =>
  new AppError(409, code, message, details);

/** Draft → submitted, by the unit; refused while a HIGH-importance rule fails (the violations come back). */
export async function submitForm(ctx: Ctx, actor: Actor, input: FormInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const { violations } = await submitWithin(trx, actor, input, { now: ctx.clock.now().toISOString() });
    return { violations };
  });
}

/**
 * The submission's checks and write inside the caller's transaction; throws an AppError when refused (before writing).
 * An import with `submit` runs it for every form its file fills (passing the metadata package it loaded once), so
 * both paths refuse the same forms.
 */
export async function submitWithin(
  trx: Executor,
  actor: Actor,
  input: FormInput,
  at: { now: string; pkg?: MetadataPackage; submittedAt?: string | undefined },
) {
  const { now } = at;
  const form = await resolveForm(trx, actor, 'enter', input);
  const report = await findReport(trx, form.key);
  if (report?.status === 'SUBMITTED') throw conflict('ALREADY_SUBMITTED', vi.alreadySubmitted);
  if (report?.status === 'APPROVED') throw conflict('ALREADY_APPROVED', vi.alreadyApproved);
  const violations = await validateForm(trx, form, at.pkg);
  const blocking = violations.filter((v) => v.importance === 'HIGH');
  if (blocking.length) {
    throw conflict('VALIDATION_BLOCKS_SUBMIT', vi.submitBlocked, blocking.map((v) => ({ field: v.rule, message: v.message })));
  }
  // An import's completeDate is the form's submission date; the workflow event keeps when it really happened.
  await write(trx, form.key, { status: 'SUBMITTED', submitted_at: at.submittedAt ?? now, submitted_by: actor.username, approved_at: null, approved_by: null, reopen_reason: null, updated_at: now }, 'SUBMIT', actor, now);
  return { form, violations };
}

/** Submitted → approved, by staff or a leader; the values are locked from then on. */
export async function approveForm(ctx: Ctx, actor: Actor, input: FormInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const form = await resolveForm(trx, actor, 'approve', input);
    const report = await findReport(trx, form.key);
    if (report?.status === 'APPROVED') throw conflict('ALREADY_APPROVED', vi.alreadyApproved);
    if (report?.status !== 'SUBMITTED') throw conflict('NOT_SUBMITTED', vi.notSubmitted);
    const now = ctx.clock.now().toISOString();
    await write(trx, form.key, { ...report, status: 'APPROVED', approved_at: now, approved_by: actor.username, updated_at: now }, 'APPROVE', actor, now);
  });
}

/** Submitted or approved → reopened (editable again), with a reason; by staff or a leader. */
export async function reopenForm(ctx: Ctx, actor: Actor, input: FormInput & { reason: string }) {
  return ctx.db.transaction().execute(async (trx) => {
    const form = await resolveForm(trx, actor, 'approve', input);
    const report = await findReport(trx, form.key);
    if (report?.status !== 'SUBMITTED' && report?.status !== 'APPROVED') throw conflict('NOT_SUBMITTED', vi.notApprovedOrSubmitted);
    const now = ctx.clock.now().toISOString();
    const reason = input.reason.trim().normalize('NFC');
    await write(trx, form.key, { ...report, status: 'REOPENED', approved_at: null, approved_by: null, reopen_reason: reason, updated_at: now }, 'REOPEN', actor, now, reason);
  });
}

async function write(
  db: Parameters<typeof saveReport>[0],
  key: { data_set_id: number; org_unit_id: number; period: string },
  state: Omit<DataSetReportTable, 'data_set_id' | 'org_unit_id' | 'period'>,
  action: 'SUBMIT' | 'APPROVE' | 'REOPEN',
  actor: Actor,
  at: string,
  reason: string | null = null,
) {
  await saveReport(db, { ...key, ...state }, { ...key, action, reason, actor: actor.username, at });
}
