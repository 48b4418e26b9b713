/**
 * Uploaded files (directive scans, progress evidence, request submissions): checked for type and size, stored in the
 * database so a backup holds them. Each feature serves its own attachments after its own access check.
 */
import type { AttachmentRef } from '@syt/core/api/tasks.ts';
import { badRequest } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Executor } from '../metadata/upsert.ts';
import { contentTypeOf, extensionOf, looksLike } from './file-types.ts';

/** An upload as received: name, declared type and bytes. */
export interface Upload {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/** Throws AppError 400 (Vietnamese, field `file`) when the type is not allowed or the file is over the limit. */
export function checkUpload(upload: Upload, maxBytes: number): void {
  if (upload.bytes.length > maxBytes) throw fileError(vi.tasks.fileTooLarge(upload.fileName, megabytes(maxBytes)));
  const ext = extensionOf(upload.fileName);
  // The declared type comes from the browser and proves nothing: the extension must match the bytes.
  if (!ext || !looksLike(ext, upload.bytes)) throw fileError(vi.tasks.fileWrongType(upload.fileName));
  if (upload.bytes.length === 0) throw fileError(vi.tasks.fileEmpty(upload.fileName));
}

/** The 400 an upload problem answers, on field `file`. */
export function fileError(message: string) {
  return badRequest(message, [{ field: 'file', message }]);
}

/** `10`, `0,5`: the limit as users read it, in MB. */
export function megabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10).replace('.', ',');
}

/** Stores a checked upload; returns its reference. Call inside the caller's transaction. */
export async function storeAttachment(db: Executor, upload: Upload, uploadedBy: string, now: string): Promise<AttachmentRef> {
  // The stored type is the one the extension names, never the client's claim.
  const contentType = contentTypeOf(extensionOf(upload.fileName)!);
  const row = { file_name: upload.fileName, content_type: contentType, size: upload.bytes.length, bytes: upload.bytes };
  const { id } = await db
    .insertInto('attachment')
    .values({ ...row, uploaded_by: uploadedBy, uploaded_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, fileName: row.file_name, contentType, size: row.size };
}

/** One attachment's bytes and metadata, or undefined. The caller checks access to what it is attached to. */
export async function readAttachment(db: Executor, id: number): Promise<(AttachmentRef & { bytes: Buffer }) | undefined> {
  const row = await db
    .selectFrom('attachment')
    .select(['id', 'file_name', 'content_type', 'size', 'bytes'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, fileName: row.file_name, contentType: row.content_type, size: Number(row.size), bytes: Buffer.from(row.bytes) };
}

/** References of several attachments, in id order (bytes not read). */
export async function attachmentRefs(db: Executor, ids: number[]): Promise<AttachmentRef[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('attachment').select(['id', 'file_name', 'content_type', 'size']).where('id', 'in', ids).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, fileName: r.file_name, contentType: r.content_type, size: Number(r.size) }));
}
