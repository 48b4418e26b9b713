import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError, ApiFieldError } from '@syt/core/api/contract.ts';
import { AppError } from '../errors.ts';
import { vi } from '../messages.ts';

export const body = (code: string, message: string, details: ApiFieldError[] = []): { error: ApiError } => ({
  error: { code, message, details },
});

/** One place turns every failure into `{ error: { code, message, details } }` with a Vietnamese message. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) return reply.status(err.status).send(body(err.code, err.message, err.details));
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
