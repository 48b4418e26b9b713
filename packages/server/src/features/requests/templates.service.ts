/** Template files of a request's FILE deliverables (an Excel appendix the units fill in). */
import type { RequestView } from '@syt/core/api/requests.ts';
import { badRequest, forbidden, notFound } from '../../errors.ts';
import { vi } from '../../messages.ts';
import { inScope, type Actor } from '../access/access.policy.ts';
import { requireRole } from '../access/access.service.ts';
import { fileError, readAttachment, storeAttachment, type Upload } from '../attachments/attachment.service.ts';
import type { StoredDeliverable } from './requests.presenter.ts';
import { findGroups, findTemplates, putTemplate, touchRequest } from './requests.repository.ts';
import { readRequestView, type RequestCtx } from './requests.service.ts';
import { requireVisibleRequest } from './request-access.ts';

/** Attaches (or replaces) the template of deliverable `index`; staff with every unit of the request in scope. */
export async function attachTemplate(ctx: RequestCtx, actor: Actor, id: number, index: number, uploads: Upload[]): Promise<RequestView> {
  requireRole(actor, 'write-report');
  if (uploads.length !== 1) throw fileError(uploads.length === 0 ? vi.requests.fileRequired : vi.requests.oneTemplate);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await requireVisibleRequest(trx, actor, id);
    const deliverable = (JSON.parse(row.deliverables) as StoredDeliverable[])[index];
    if (!deliverable) throw deliverableError(vi.requests.unknownDeliverable(index));
    if (deliverable.kind !== 'FILE') throw deliverableError(vi.requests.notFileDeliverable(index));
    const outside = (await findGroups(trx, id)).flatMap((g) => g.units).find((u) => !inScope(actor, u.path));
    if (outside) throw forbidden(vi.outsideScope(outside.name));
    const now = ctx.clock.now();
    const ref = await storeAttachment(trx, uploads[0]!, actor.username, now.toISOString());
    await putTemplate(trx, id, index, ref.id);
    await touchRequest(trx, id, now.toISOString());
    return (await readRequestView(trx, actor, id, now))!;
  });
}

/** A template's bytes, for anyone who sees the request. */
export async function templateFile(ctx: RequestCtx, actor: Actor, id: number, attachmentId: number) {
  await requireVisibleRequest(ctx.db, actor, id);
  const isTemplate = [...(await findTemplates(ctx.db, id)).values()].some((t) => t.id === attachmentId);
  const file = isTemplate ? await readAttachment(ctx.db, attachmentId) : undefined;
  if (!file) throw notFound(vi.requests.fileNotFound);
  return file;
}

const deliverableError = (message: string) => badRequest(message, [{ field: 'deliverable', message }]);
