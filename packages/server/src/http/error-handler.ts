import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError, ApiFieldError } from '@syt/core/api/contract.ts';
import { AppError } from '../errors.ts';
import { vi } from '../messages.ts';
import { bodyLimitMessages, payloadTooLarge } from './body-limits.messages.ts';

/** @fastify/multipart's refusals when a form has more parts, fields or files than allowed. */
const PART_LIMITS = new Set(['FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT', 'FST_FILES_LIMIT']);

export const body = (code: string, message: string, details: ApiFieldError[] = []): { error: ApiError } => ({
  error: { code, message, details },
});

/** One place turns every failure into `{ error: { code, message, details } }` with a Vietnamese message. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      const { retryAfterSeconds, extra } = err;
      if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
      return reply.status(err.status).send({ error: { ...body(err.code, err.message, err.details).error, ...extra } });
    }
    if (err.statusCode === 413) {
      if (PART_LIMITS.has(err.code)) return reply.status(413).send(body('PAYLOAD_TOO_LARGE', bodyLimitMessages.tooManyParts));
      const tooLarge = payloadTooLarge(req.routeOptions.bodyLimit);
      return reply.status(413).send(body(tooLarge.code, tooLarge.message, tooLarge.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || String(err.validationContext ?? 'body'),
        message: v.message ?? vi.validationFailed,
      }));
      return reply.status(400).send(body('VALIDATION_FAILED', vi.validationFailed, details));
    }
    if (err.code?.startsWith('FST_CSRF')) return reply.status(403).send(body('CSRF_INVALID', vi.csrfInvalid));
    if (err.statusCode === 429) return reply.status(429).send(body('TOO_MANY_REQUESTS', vi.tooManyRequests));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Malformed JSON, wrong content type, oversized body: the request itself is unreadable.
      return reply
        .status(err.statusCode)
        .send(body('VALIDATION_FAILED', vi.validationFailed, [{ field: 'body', message: vi.unreadableBody }]));
    }
    req.log.error(err);
    return reply.status(500).send(body('INTERNAL', vi.internal));
  });
}
