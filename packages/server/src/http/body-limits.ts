/**
 * How many bytes each route may be sent. A small default covers every JSON route; sign-in, public, gets a few KB;
 * only upload and import routes, all private and role-guarded in `onRequest`, take files of the configured size.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Config } from '../config.ts';
import { MAX_FILES, MAX_FIELD_BYTES, MAX_FIELDS } from '../features/attachments/attachment.http.ts';
import { payloadTooLarge } from './body-limits.messages.ts';

const KB = 1024;
const MB = 1024 * KB;

/** Every JSON route unless listed below: a task, a user, a cell, report settings fit many times over. */
export const DEFAULT_BODY_LIMIT = 256 * KB;
/** Sign-in: a user name, a password, perhaps a second-factor code. */
export const SIGN_IN_BODY_LIMIT = 4 * KB;

/** Multipart overhead besides the files: the text fields and the part headers. */
const FORM_OVERHEAD = MAX_FIELDS * MAX_FIELD_BYTES + 64 * KB;

/** Bounds of any multipart form: one file of the upload size, a few short fields (routes may narrow or widen). */
export const MULTIPART_LIMITS = (config: Config) => ({
  fileSize: config.uploadMaxBytes,
  files: 1,
  fields: MAX_FIELDS,
  fieldSize: MAX_FIELD_BYTES,
  parts: MAX_FILES + MAX_FIELDS,
});

/** Routes allowed more than the default, by `METHOD /url` as registered. */
export function routeBodyLimits(config: Config): Record<string, number> {
  const uploadForm = MAX_FILES * config.uploadMaxBytes + FORM_OVERHEAD;
  return {
    'POST /api/auth/login': SIGN_IN_BODY_LIMIT,
    'POST /api/metadata/import': 16 * MB,
    'PUT /api/reports/instances/:id': 4 * MB,
    'POST /api/imports': config.importMaxBytes + FORM_OVERHEAD,
    'POST /api/directives': uploadForm,
    'POST /api/directives/import': uploadForm,
    'POST /api/tasks/:id/updates': uploadForm,
    'POST /api/requests/:id/templates': uploadForm,
    'POST /api/requests/:id/submissions': uploadForm,
  };
}

/**
 * Gives each route its limit as it is registered (call before the routes). Fastify enforces the limit on JSON
 * bodies; multipart is streamed by the route itself, so a declared Content-Length past the limit is refused here,
 * after authentication and before a byte of the body is read (busboy's own limits bound a chunked upload).
 */
export function installBodyLimits(app: FastifyInstance, config: Config): void {
  const limits = routeBodyLimits(config);
  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const limit = methods.map((m) => limits[`${m} ${route.url}`]).find((l) => l !== undefined);
    if (limit !== undefined) route.bodyLimit = limit;
  });
  app.addHook('onRequest', async (req) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const limit = req.routeOptions.bodyLimit ?? DEFAULT_BODY_LIMIT;
    if (declared > limit) throw payloadTooLarge(limit);
  });
}
