import type { TargetDecisionView } from '@syt/core/api/targets.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { may } from '../access/access.policy.ts';
import { requireRole } from '../access/access.service.ts';
import { fileError, readAttachment, storeAttachment, type Upload } from '../attachments/attachment.service.ts';
import { extensionOf } from '../attachments/file-types.ts';
import { targetMessages as m } from './targets.messages.ts';
import { attachDecisionFile, findTarget } from './targets.repository.ts';
import { decisionOf, requireAssigner } from './targets.service.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

/** A signed decision is a signed PDF or a scan of the paper: nothing else is accepted as one. */
const DECISION_FILE_TYPES = new Set(['pdf', 'jpg', 'jpeg', 'png']);

/**
 * Attaches the signed file of the decision behind a target's revision (any revision: an earlier decision's scan is
 * as much the record as the latest's). Only who may set the unit's targets attaches it; the first file attached
 * stays, as the revision it documents does (409 DECISION_FILE_EXISTS).
 */
export async function attachDecision(
  ctx: Ctx,
  actor: Actor,
  id: number,
  files: readonly Upload[],
): Promise<TargetDecisionView> {
  requireRole(actor, 'set-targets');
  const [file] = files;
  if (!file) throw fileError(vi.tasks.fileMissing);
  if (files.length > 1) throw fileError(m.oneDecisionFile);
  if (!DECISION_FILE_TYPES.has(extensionOf(file.fileName) ?? '')) throw fileError(m.decisionFileType(file.fileName));
  return ctx.db.transaction().execute(async (trx) => {
    const row = await findTarget(trx, id);
    if (!row || !may(actor, 'read', row.org_unit_path)) throw notFound(m.notFound);
    requireAssigner(actor, { name: row.org_unit_name, path: row.org_unit_path });
    const exists = () =>
      new AppError(409, 'DECISION_FILE_EXISTS', m.decisionFileExists(row.decision_number), [
        { field: 'file', message: m.decisionFileExists(row.decision_number) },
      ]);
    if (row.decision_attachment_id !== null) throw exists();
    const stored = await storeAttachment(trx, file, actor.username, ctx.clock.now().toISOString());
    // A second upload racing this one finds the column set and rolls its file back.
    if (!(await attachDecisionFile(trx, id, stored.id))) throw exists();
    return decisionOf((await findTarget(trx, id))!);
  });
}

/** The decision's signed file, for whoever may read the target's unit. */
export async function decisionFile(ctx: Ctx, actor: Actor, id: number) {
  const row = await findTarget(ctx.db, id);
  if (!row || !may(actor, 'read', row.org_unit_path)) throw notFound(m.notFound);
  const file =
    row.decision_attachment_id === null ? undefined : await readAttachment(ctx.db, row.decision_attachment_id);
  if (!file) throw notFound(m.noDecisionFile);
  return file;
}
