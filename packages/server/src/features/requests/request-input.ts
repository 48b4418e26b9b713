/** Checks of a new request beyond its shape: units known, in scope and in one group only; forms and periods known. */
import type { ApiFieldError } from '@syt/core/api/contract.ts';
import { parsePeriod } from '@syt/core/period/index.ts';
import { AppError, badRequest, forbidden } from '../../errors.ts';
import { resolveItem } from '../aggregate/item.service.ts';
import { vi } from '../../messages.ts';
import { inScope, type Actor } from '../access/access.policy.ts';
import type { Executor } from '../metadata/upsert.ts';
import { reviewErrors } from '../request-reviews/review-deliverable.ts';
import type { CreateRequestInput } from './requests.schema.ts';

export interface ResolvedUnit {
  id: number;
  code: string;
  name: string;
  path: string;
}

/**
 * The units of every group, in the order given. 400 naming every bad field (`groups.1.units.0`, `groups.0.deadline`,
 * `deliverables.2.dataSet`), then 403 when a unit lies outside the actor's scope.
 */
export async function checkRequestInput(db: Executor, actor: Actor, input: CreateRequestInput): Promise<ResolvedUnit[][]> {
  const byCode = await unitsByCode(db, input.groups.flatMap((g) => g.units));
  const details = [...unitErrors(input, byCode), ...deadlineErrors(input), ...(await deliverableErrors(db, input)), ...(await targetItemErrors(db, input)), ...reviewErrors(input)];
  if (details.length > 0) throw badRequest(undefined, details);
  const groups = input.groups.map((g) => g.units.map((code) => byCode.get(code)!));
  const outside = groups.flat().find((u) => !inScope(actor, u.path));
  if (outside) throw forbidden(vi.outsideScope(outside.name));
  return groups;
}

async function unitsByCode(db: Executor, codes: string[]): Promise<Map<string, ResolvedUnit>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom('org_unit').select(['id', 'code', 'name', 'path']).where('code', 'in', [...new Set(codes)]).execute();
  return new Map(rows.map((r) => [r.code, r]));
}

/** Unknown codes, and a unit named twice (a unit answers by one deadline only). */
function unitErrors(input: CreateRequestInput, byCode: Map<string, ResolvedUnit>): ApiFieldError[] {
  const seen = new Set<string>();
  const errors: ApiFieldError[] = [];
  input.groups.forEach((group, i) =>
    group.units.forEach((code, j) => {
      const field = `groups.${i}.units.${j}`;
      if (!byCode.has(code)) errors.push({ field, message: vi.unknownOrgUnit(code) });
      else if (seen.has(code)) errors.push({ field, message: vi.requests.unitTwice(code) });
      seen.add(code);
    }),
  );
  return errors;
}

function deadlineErrors(input: CreateRequestInput): ApiFieldError[] {
  return input.groups.flatMap((g, i) =>
    g.deadline < input.date ? [{ field: `groups.${i}.deadline`, message: vi.requests.deadlineBeforeDate(g.deadline, input.date) }] : [],
  );
}

/** A form deliverable names a data set that exists and a period code that parses. */
async function deliverableErrors(db: Executor, input: CreateRequestInput): Promise<ApiFieldError[]> {
  const forms = input.deliverables.map((d, i) => ({ d, i })).filter(({ d }) => d.kind === 'FORM');
  if (forms.length === 0) return [];
  const known = new Set((await db.selectFrom('data_set').select('code').execute()).map((r) => r.code));
  return forms.flatMap(({ d, i }) => {
    if (d.kind !== 'FORM') return [];
    const errors: ApiFieldError[] = [];
    if (!known.has(d.dataSet)) errors.push({ field: `deliverables.${i}.dataSet`, message: vi.unknownDataSet(d.dataSet) });
    if (!parsesAsPeriod(d.period)) errors.push({ field: `deliverables.${i}.period`, message: vi.invalidPeriod(d.period) });
    return errors;
  });
}

function parsesAsPeriod(code: string): boolean {
  try {
    parsePeriod(code);
    return true;
  } catch {
    return false;
  }
}

/** A target round names items the metadata knows (elements, options, indicators); one round per request. */
async function targetItemErrors(db: Executor, input: CreateRequestInput): Promise<ApiFieldError[]> {
  const rounds = input.deliverables.map((d, i) => ({ d, i })).filter(({ d }) => d.kind === 'TARGETS');
  const errors: ApiFieldError[] = rounds.slice(1).map(({ i }) => ({ field: `deliverables.${i}.kind`, message: vi.requests.oneTargetRound }));
  for (const { d, i } of rounds) {
    if (d.kind !== 'TARGETS') continue;
    for (const [j, item] of d.items.entries()) {
      if (!(await isKnownItem(db, item))) errors.push({ field: `deliverables.${i}.items.${j}`, message: vi.unknownItem(item) });
    }
    errors.push(...(await fieldErrors(db, input, d, `deliverables.${i}.fields`)));
  }
  return errors;
}

type RoundInput = Extract<CreateRequestInput['deliverables'][number], { kind: 'TARGETS' }>;

/**
 * Each field's unit is a health unit the request is sent to (it sees the request and answers it), and its items are
 * the round's, each agreed by one unit at most.
 */
async function fieldErrors(db: Executor, input: CreateRequestInput, round: RoundInput, at: string): Promise<ApiFieldError[]> {
  const addressed = new Set(input.groups.flatMap((g) => g.units));
  const codes = round.fields.map((f) => f.unit);
  const types = new Map(
    codes.length === 0 ? [] : (await db.selectFrom('org_unit').select(['code', 'type']).where('code', 'in', codes).execute()).map((r) => [r.code, r.type]),
  );
  const taken = new Set<string>();
  return round.fields.flatMap((f, k) => {
    const errors: ApiFieldError[] = [];
    const type = types.get(f.unit);
    if (!type) errors.push({ field: `${at}.${k}.unit`, message: vi.unknownOrgUnit(f.unit) });
    else if (type !== 'HEALTH_UNIT') errors.push({ field: `${at}.${k}.unit`, message: vi.requests.fieldUnitNotHealthUnit(f.unit) });
    else if (!addressed.has(f.unit)) errors.push({ field: `${at}.${k}.unit`, message: vi.requests.fieldUnitNotAddressed(f.unit) });
    f.items.forEach((item, j) => {
      if (!round.items.includes(item)) errors.push({ field: `${at}.${k}.items.${j}`, message: vi.requests.fieldItemNotInRound(item) });
      else if (taken.has(item)) errors.push({ field: `${at}.${k}.items.${j}`, message: vi.requests.fieldItemTwice(item) });
      taken.add(item);
    });
    return errors;
  });
}

async function isKnownItem(db: Executor, code: string): Promise<boolean> {
  try {
    await resolveItem(db, code);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.status === 400) return false;
    throw error;
  }
}
