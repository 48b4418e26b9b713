/** The HTTP side of attachments: reading a multipart form with its files, and sending one file back. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AttachmentRef } from '@syt/core/api/tasks.ts';
import { vi } from '../../messages.ts';
import { bodyLimitMessages } from '../../http/body-limits.messages.ts';
import { AppError, badRequest } from '../../errors.ts';
import { checkUpload, fileError, megabytes, type Upload } from './attachment.service.ts';

/** A multipart form read whole: its text fields and its files (all checked for type and size). */
export interface MultipartForm {
  fields: Record<string, string>;
  files: Upload[];
}

/** Files in one form (progress evidence may come as several scans). */
export const MAX_FILES = 10;
/** Text fields in one form, and the longest one: a note or a subject, never a document. */
export const MAX_FIELDS = 20;
export const MAX_FIELD_BYTES = 64 * 1024;

/**
 * Reads a multipart form; files over `maxBytes` stop at the limit and answer 400 naming the file, so an oversized
 * upload is never held in memory whole. Every file is checked with `checkUpload` before anything is stored.
 */
export async function readMultipartForm(req: FastifyRequest, maxBytes: number): Promise<MultipartForm> {
  return readingForm(() => readParts(req, maxBytes));
}

/**
 * Runs a read of a multipart body: a broken form (cut short, no boundary, garbled part headers) makes busboy throw
 * a bare Error, which would answer 500; it answers 400 instead. Limit errors (413) and AppErrors pass through.
 */
export async function readingForm<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError || (error as { statusCode?: number }).statusCode) throw error;
    throw badRequest(vi.validationFailed, [{ field: 'body', message: vi.unreadableBody }]);
  }
}

async function readParts(req: FastifyRequest, maxBytes: number): Promise<MultipartForm> {
  const form: MultipartForm = { fields: {}, files: [] };
  // throwFileSizeLimit off: a truncated file is reported in Vietnamese here instead of the plugin's English 413.
  const limits = { fileSize: maxBytes, files: MAX_FILES, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES, parts: MAX_FILES + MAX_FIELDS };
  const options = { limits, throwFileSizeLimit: false };
  for await (const part of req.parts(options as Parameters<FastifyRequest['parts']>[0])) {
    if (part.type === 'field') {
      // busboy cuts a field at fieldSize and says so: a cut note would be stored silently wrong.
      if (part.valueTruncated) throw fieldTooLong(part.fieldname);
      form.fields[part.fieldname] = String(part.value);
      continue;
    }
    const bytes = await part.toBuffer();
    if (part.file.truncated) throw fileError(vi.tasks.fileTooLarge(part.filename, megabytes(maxBytes)));
    const upload = { fileName: part.filename, contentType: part.mimetype, bytes };
    checkUpload(upload, maxBytes);
    form.files.push(upload);
  }
  return form;
}

function fieldTooLong(field: string) {
  const message = bodyLimitMessages.fieldTooLong(field);
  return badRequest(message, [{ field, message }]);
}

/** Sends a stored file: its type, and a Content-Disposition keeping the Vietnamese name (with an ASCII fallback). */
export function sendAttachment(reply: FastifyReply, file: AttachmentRef & { bytes: Buffer }, inline = false) {
  const disposition = `${inline ? 'inline' : 'attachment'}; filename="${asciiName(file.fileName)}"; filename*=UTF-8''${encodeRfc5987(file.fileName)}`;
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', disposition)
    .header('x-content-type-options', 'nosniff')
    .send(file.bytes);
}

/** `Công văn 45.pdf` → `Cong van 45.pdf`: what old browsers show when they ignore `filename*`. */
function asciiName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

function encodeRfc5987(name: string): string {
  return encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
