import { randomUUID } from 'node:crypto';
import { IMPORT_CONFLICTS_LISTED, type ImportConflict, type ImportSummary } from '@syt/core/api/contract.ts';
import type { DataValueSetHeader, ImportStrategy } from '@syt/core/interchange/import-options.ts';
import type { AdxGroupHeader, InterchangeProblem, ParsedValue } from '@syt/core/interchange/index.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import type { DataValueAuditRow, DataValueRow } from '../../db/schema.ts';
import type { Actor } from '../access/access.policy.ts';
import { insertAudit } from '../data-entry/data-entry.repository.ts';
import { identifierTranslator } from './id-translation.ts';
import { importChecker, isConflict, type ResolvedRow } from './import-check.ts';
import { completionForms, completionOf, mergeForms } from './import-completion.ts';
import { loadExisting, loadImportContext, loadReports, loadUnitNames } from './import-context.repository.ts';
import { upsertDataValueRows } from '../data-values/data-value.repository.ts';
import { filledForms, submitFilledForms, tooManyForms, type FilledForm } from './import-submit.service.ts';
import { auditCreatedRows, deleteValues, lastRowid } from './import-write.repository.ts';
import { effectiveOptions, type ImportOptions } from './import-options.ts';
import { byIndex, ConflictList } from './conflict-list.ts';
import { importMessages as m } from './import.messages.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

/** What a format's reader produced (with the payload's header), and how to tell a person where value N stands. */
export interface ImportInput {
  values: ParsedValue[];
  problems: InterchangeProblem[];
  header?: DataValueSetHeader;
  /** What the reader read past without storing; reported, never refused. */
  warnings?: InterchangeProblem[];
  /** ADX: each group's set-level fields (its data set and completion). */
  groups?: AdxGroupHeader[];
  locate?: (index: number) => string;
}

export type { ImportOptions } from './import-options.ts';

/**
 * Checks every row against metadata, scope, entry windows and form workflow, then stores all of it in one
 * transaction, or nothing when any row is refused (all-or-nothing per file). With `submit`, the forms the file fills
 * are submitted in that transaction too, and one refused form stores nothing. A dry run stops before writing, or,
 * to check the submissions against the new values, writes and rolls back.
 */
export async function importValues(
  ctx: Ctx,
  actor: Actor,
  input: ImportInput,
  requested: ImportOptions,
  /** How many refused rows the answer lists (the CLI lists every one). */
  listed = IMPORT_CONFLICTS_LISTED,
): Promise<ImportSummary> {
  const options = effectiveOptions(requested, input.header);
  const locate = input.locate ?? ((i: number) => m.valueAt(i + 1));
  // Built only when a refused value must be named: a million-entry map for a clean file would be pure garbage.
  let codes: Map<number, string> | undefined;
  const codeAt = (index: number) => (codes ??= new Map(input.values.map((v) => [v.index, v.dataElement]))).get(index);
  // The answer stays small however broken the file: the first rows tell what to fix, the total how much. Each source
  // is in file order, so its first IMPORT_CONFLICTS_LISTED hold the first overall; the rest are only counted.
  const conflicts = new ConflictList(listed);
  const refusedAt = new Set<number>();
  for (const p of [...input.problems].sort(byIndex)) {
    if (p.index !== null) refusedAt.add(p.index);
    conflicts.add(() => ({ index: p.index, location: p.index === null ? null : locate(p.index), code: (p.index !== null && codeAt(p.index)) || null, field: p.field, reason: p.message }));
  }
  const context = await loadImportContext(ctx.db);
  const translate = identifierTranslator(context, options.schemes);
  const check = importChecker(context, actor, ctx.clock.now(), { translate, deleteAll: options.strategy === 'DELETE' });
  const unitIds = new Map(context.units.map((u) => [u.code, u.id]));
  const now = ctx.clock.now().toISOString();
  const completion = await completionOf(ctx.db, options, { groups: input.groups, translate, unitIds, now });
  conflicts.nextSource();
  if ('reason' in completion) conflicts.add(() => completion);
  let rows: ResolvedRow[] = [];
  conflicts.nextSource();
  for (const v of input.values) {
    const r = check(v, locate);
    if (isConflict(r)) {
      conflicts.add(() => r);
      refusedAt.add(v.index);
    } else rows.push(r);
  }
  conflicts.nextSource();
  for (const c of await workflowConflicts(ctx, rows, codeAt, locate)) {
    conflicts.add(() => c);
    if (c.index !== null) refusedAt.add(c.index);
  }
  // atomicMode NONE (DHIS2's per-value import): refused values are skipped and the rest stored, unless the file
  // as a whole is at fault (a broken header, an unknown data set).
  const wholeFile = 'reason' in completion || input.problems.some((p) => p.index === null);
  const perValue = options.atomicMode === 'NONE' && !wholeFile;
  if (perValue) rows = rows.filter((r) => !refusedAt.has(r.index));
  // A completion's form keeps the file's date, so it comes first where `submit` names the same form.
  const forms = mergeForms('reason' in completion ? [] : completionForms(completion, rows), options.submit ? filledForms(rows) : []);
  const tooMany = tooManyForms(forms);
  conflicts.nextSource();
  if (tooMany) conflicts.add(() => tooMany);
  const warnings = input.warnings?.length ? { warnings: input.warnings.slice(0, listed).map((w) => w.message) } : {};
  const summary = (s: Partial<ImportSummary>): ImportSummary => ({
    status: 'SUCCESS', dryRun: options.dryRun, imported: 0, updated: 0, ignored: 0, deleted: 0, flagged: 0, conflicts: [], conflictsTotal: 0,
    submitted: [], submittedTotal: 0, ...warnings, ...s,
  });
  const refusal = () => summary({ status: 'ERROR', ignored: input.values.length, conflicts: conflicts.first(), conflictsTotal: conflicts.total });
  if (conflicts.total && !(perValue && !tooMany)) return refusal();
  const partial = conflicts.total > 0;
  const outcome = (s: Partial<ImportSummary>) =>
    summary({ ...s, ...(partial ? { status: 'WARNING' as const, conflicts: conflicts.first(), conflictsTotal: conflicts.total } : {}) });
  const plan = await planWrites(ctx, rows, actor, now, options.strategy);
  const counts = {
    imported: plan.inserted, updated: plan.updated, deleted: plan.deletes.length,
    ignored: input.values.length - plan.inserted - plan.updated - plan.deletes.length, flagged: plan.flagged,
  };
  if (options.dryRun && !forms.length) return outcome(counts);
  const { refused, ...submission } = await store(ctx, plan, { actor, forms, now, dryRun: options.dryRun });
  conflicts.nextSource();
  for (const c of refused) conflicts.add(() => c);
  return refused.length ? refusal() : outcome({ ...counts, ...submission });
}

/** Thrown to undo a transaction whose work was only a check (a dry run) or was refused; caught in `store`. */
const ROLLBACK = Symbol('rollback');

/** Writes the plan and submits the forms in one transaction, undone when a form is refused or on a dry run. */
async function store(
  ctx: Ctx,
  plan: Awaited<ReturnType<typeof planWrites>>,
  run: { actor: Actor; forms: FilledForm[]; now: string; dryRun: boolean },
) {
  let outcome: Awaited<ReturnType<typeof submitFilledForms>> = { submitted: [], submittedTotal: 0, refused: [] };
  await ctx.db
    .transaction()
    .execute(async (trx) => {
      const rowidBefore = lastRowid(trx);
      await upsertDataValueRows(trx, plan.upserts, { fresh: plan.updated === 0 });
      await deleteValues(trx, plan.deletes);
      await insertAudit(trx, plan.changedAudit);
      await auditCreatedRows(trx, plan.createdScope, rowidBefore);
      if (run.forms.length) outcome = await submitFilledForms(trx, run.actor, run.forms, run.now);
      if (run.dryRun || outcome.refused.length) throw ROLLBACK;
    })
    .catch((error: unknown) => {
      if (error !== ROLLBACK) throw error;
    });
  return outcome;
}

/** Rows whose form is approved (locked) or submitted (must be reopened first). */
async function workflowConflicts(ctx: Ctx, rows: ResolvedRow[], codeAt: (index: number) => string | undefined, locate: (i: number) => string) {
  const reports = await loadReports(ctx.db, ...unitsAndPeriods(rows));
  const conflicts: ImportConflict[] = [];
  if (reports.size === 0) return conflicts;
  const units = await loadUnitNames(ctx.db, [...new Set([...reports.keys()].map((k) => Number(k.split('|')[1])))]);
  for (const r of rows) {
    for (const f of r.forms) {
      const status = reports.get(`${f.id}|${r.org_unit_id}|${r.period}`);
      if (status !== 'APPROVED' && status !== 'SUBMITTED') continue;
      const unit = units.get(r.org_unit_id)!.name;
      const reason = status === 'APPROVED' ? m.locked(f.name, unit, r.period) : m.submitted(f.name, unit, r.period);
      conflicts.push({ index: r.index, location: locate(r.index), code: codeAt(r.index) ?? null, field: 'period', reason });
      break;
    }
  }
  return conflicts;
}

/** A checked row completed with the columns of both the value and its audit row: one object per value written. */
type StagedRow = ResolvedRow & DataValueRow & DataValueAuditRow;

/**
 * Compares with what is stored and applies the import strategy as DHIS2 does: CREATE only adds (existing values are
 * ignored), UPDATE only changes or deletes existing values, DELETE removes the named values; a deletion or update of
 * an absent value is ignored, and so is an unchanged one. Later rows of the same value win. A file may set
 * followup, storedBy, created (for a new value) and lastUpdated; the audit row keeps the importer and the real time.
 */
async function planWrites(ctx: Ctx, rows: ResolvedRow[], actor: Actor, now: string, strategy: ImportStrategy) {
  const latest = new Map<string, ResolvedRow>();
  for (const r of rows) latest.set(r.key, r);
  const existing = await loadExisting(ctx.db, ...unitsAndPeriods(rows));
  const upserts: StagedRow[] = [];
  const deletes: StagedRow[] = [];
  const changedAudit: StagedRow[] = [];
  const importId = randomUUID();
  // The CREATE audit rows' scope, gathered in the same pass (no per-row arrays beside the rows themselves).
  const provinceIds = new Set<number>();
  const orgUnitIds = new Set<number>();
  const periodStarts = new Set<string>();
  let inserted = 0;
  let updated = 0;
  let flagged = 0;
  for (const [key, r] of latest) {
    const old = existing.get(key);
    if (!writes(strategy, r, old)) continue;
    // Completed in place: a million-row import should not allocate a second and third object per value.
    const staged = r as StagedRow;
    staged.action = r.value === null ? 'DELETE' : old ? 'UPDATE' : 'CREATE';
    staged.old_value = old?.value ?? null;
    staged.old_comment = old?.comment ?? null;
    staged.new_value = r.value;
    staged.new_comment = r.value === null ? null : r.comment;
    staged.changed_by = actor.username;
    staged.changed_at = now;
    staged.stored_by = r.stated.storedBy ?? actor.username;
    staged.created_at = r.stated.created ?? now;
    staged.updated_at = r.stated.lastUpdated ?? now;
    staged.import_id = importId;
    // A new comment on the same value keeps its mark (staff may have followed it up), unless the file sets it.
    if (old && old.value === r.value && r.stated.followUp === null) staged.follow_up = old.follow_up;
    if (r.value === null) {
      deletes.push(staged);
      continue;
    }
    upserts.push(staged);
    if (staged.follow_up === 1 && staged.old_value !== r.value) flagged++;
    if (old) {
      updated++;
      changedAudit.push(staged);
    } else {
      inserted++;
      provinceIds.add(r.province_id);
      orgUnitIds.add(r.org_unit_id);
      periodStarts.add(r.period_start);
    }
  }
  for (const d of deletes) changedAudit.push(d);
  const createdScope = {
    provinceIds: [...provinceIds], orgUnitIds: [...orgUnitIds], periodStarts: [...periodStarts], importId, changedBy: actor.username, changedAt: now,
  };
  return { upserts, deletes, changedAudit, inserted, updated, flagged, createdScope };
}

/** The distinct units and periods of some rows, for the reads that fetch what is stored there. */
function unitsAndPeriods(rows: ResolvedRow[]): [number[], string[]] {
  const units = new Set<number>();
  const periods = new Set<string>();
  for (const r of rows) {
    units.add(r.org_unit_id);
    periods.add(r.period);
  }
  return [[...units], [...periods]];
}

type Stored = { value: string; comment: string | null; follow_up: number };

/** Whether a checked value changes what is stored under the strategy; false: it is ignored. */
function writes(strategy: ImportStrategy, r: ResolvedRow, old: Stored | undefined): boolean {
  if (r.value === null) return old !== undefined && strategy !== 'CREATE';
  if (!old) return strategy === 'CREATE' || strategy === 'CREATE_AND_UPDATE';
  if (strategy === 'CREATE') return false;
  const followUpSame = r.stated.followUp === null || r.stated.followUp === old.follow_up;
  return !(old.value === r.value && old.comment === r.comment && followUpSame);
}
