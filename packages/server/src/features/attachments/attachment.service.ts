/**
 * Uploaded files (directive scans, progress evidence, request submissions): checked for type and size, stored in the
 * database so a backup holds them. (Being written: signatures fixed.)
 */
import type { AttachmentRef } from '@syt/core/api/tasks.ts';
import type { Executor } from '../metadata/upsert.ts';

/** An upload as received: name, declared type and bytes. */
export interface Upload {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/** Throws AppError 400 (Vietnamese, field `file`) when the type is not allowed or the file is over the limit. */
export function checkUpload(_upload: Upload, _maxBytes: number): void {
  throw new Error('not yet');
}

/** Stores a checked upload; returns its reference. Call inside the caller's transaction. */
export async function storeAttachment(_db: Executor, _upload: Upload, _uploadedBy: string, _now: string): Promise<AttachmentRef> {
  throw new Error('not yet');
}

/** One attachment's bytes and metadata, or undefined. The caller checks access to what it is attached to. */
export async function readAttachment(_db: Executor, _id: number): Promise<(AttachmentRef & { bytes: Buffer }) | undefined> {
  throw new Error('not yet');
}
