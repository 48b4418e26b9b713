/** Reporting requests: creating one from the department's letter, the list, and one request with its overview. */
import type { RequestView } from '@syt/core/api/requests.ts';
import type { RequestSummary } from '@syt/core/requests/index.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { requireRole } from '../access/access.service.ts';
import type { Executor } from '../metadata/upsert.ts';
import { unitPathFilter } from './request-access.ts';
import { checkRequestInput } from './request-input.ts';
import { toRequestView, toSummary, type StoredDeliverable } from './requests.presenter.ts';
import { findGroupHeads, findGroups, findRequest, findRequests, findTemplates, insertGroup, insertRequest, type RequestRow } from './requests.repository.ts';
import type { CreateRequestInput } from './requests.schema.ts';
import { findFiles, findUnitRows } from './submissions.repository.ts';
import { displayNames } from '../users/display-names.repository.ts';

export interface RequestCtx {
  db: Database;
  clock: Clock;
}

/** Stores a request with its groups; the department's staff, with every named unit in their scope. */
export async function createRequest(ctx: RequestCtx, actor: Actor, input: CreateRequestInput): Promise<RequestView> {
  requireRole(actor, 'write-report');
  return ctx.db.transaction().execute(async (trx) => {
    const units = await checkRequestInput(trx, actor, input);
    const now = ctx.clock.now();
    // A review's kind was checked by checkRequestInput above.
    const deliverables = input.deliverables as StoredDeliverable[];
    const id = await insertRequest(trx, {
      number: input.number, date: input.date, subject: input.subject, outline: JSON.stringify(input.outline),
      deliverables: JSON.stringify(deliverables), created_at: now.toISOString(), created_by: actor.username, updated_at: now.toISOString(),
    });
    for (const [i, group] of input.groups.entries()) {
      const row = { request_id: id, name: group.name, sort_order: i, deadline: group.deadline, recipients: JSON.stringify(group.recipients) };
      await insertGroup(trx, row, units[i]!.map((u) => u.id));
    }
    return (await readRequestView(trx, actor, id, now))!;
  });
}

/** One request with the submissions the actor may see; 404 when absent or none of its units is the actor's (the same answer). */
export async function getRequest(ctx: RequestCtx, actor: Actor, id: number): Promise<RequestView> {
  const row = await findRequest(ctx.db, id);
  if (!row) throw notFound(vi.requests.notFound(id));
  const view = await readRequestView(ctx.db, actor, id, ctx.clock.now(), row);
  if (!view) throw notFound(vi.requests.notFound(id));
  return view;
}

/** Requests that concern at least one unit the actor sees, newest letter first, each counted over those units. */
export async function listRequests(ctx: RequestCtx, actor: Actor): Promise<RequestSummary[]> {
  const units = await findUnitRows(ctx.db, unitPathFilter(actor));
  const ids = [...new Set(units.map((u) => u.request_id))];
  const [rows, heads] = await Promise.all([findRequests(ctx.db, ids), findGroupHeads(ctx.db, ids)]);
  const now = ctx.clock.now();
  return rows.map((row) =>
    toSummary(
      row,
      units.filter((u) => u.request_id === row.id),
      heads.filter((g) => g.request_id === row.id).map(({ id, name, deadline }) => ({ id, name, deadline })),
      now,
    ),
  );
}

/** The view as the actor sees it, or undefined when no unit of the request is visible to them. */
export async function readRequestView(db: Executor, actor: Actor, id: number, now: Date, known?: RequestRow): Promise<RequestView | undefined> {
  const units = await findUnitRows(db, unitPathFilter(actor), id);
  if (units.length === 0) return undefined;
  const row = known ?? (await findRequest(db, id))!;
  const [groups, templates, files] = await Promise.all([
    findGroups(db, id),
    findTemplates(db, id),
    findFiles(db, units.flatMap((u) => (u.submission_id === null ? [] : [u.submission_id]))),
  ]);
  const nameOf = await displayNames(db, [row.created_by, ...units.map((u) => u.submitted_by)]);
  return toRequestView({ row, groups, templates, units, files, nameOf }, now);
}
