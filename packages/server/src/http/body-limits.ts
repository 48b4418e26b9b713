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

/** JSON routes allowed more than the default, by `METHOD /url` as registered; Fastify enforces these. */
export const JSON_BODY_LIMITS: Readonly<Record<string, number>> = Object.freeze({
  'POST /api/auth/login': SIGN_IN_BODY_LIMIT,
  'POST /api/metadata/import': 16 * MB,
  'POST /api/metadata': 16 * MB,
  'PUT /api/reports/instances/:id': 4 * MB,
});

/**
 * The routes that read a multipart form, and the most each may be sent: its files at the configured size plus the
 * fields. Every other route refuses a multipart body past the JSON default, as nothing there reads one.
 */
export function multipartBodyLimits(config: Config): Record<string, number> {
  const uploadForm = MAX_FILES * config.uploadMaxBytes + FORM_OVERHEAD;
  return {
    'POST /api/imports': config.importMaxBytes + FORM_OVERHEAD,
    'POST /api/directives': uploadForm,
    'POST /api/directives/import': uploadForm,
    'POST /api/tasks/:id/updates': uploadForm,
    'POST /api/requests/:id/templates': uploadForm,
    'POST /api/requests/:id/submissions': uploadForm,
    // One signed decision: a single file.
    'POST /api/targets/:id/decision-file': config.uploadMaxBytes + FORM_OVERHEAD,
  };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Most bytes of a multipart body this route reads (set from `multipartBodyLimits`). */
    multipartBodyLimit?: number;
  }
}

/**
 * Gives each route its limits as it is registered (call before the routes). Fastify enforces `bodyLimit` on JSON
 * bodies but never reads a multipart one (the route streams it), so a multipart Content-Length past the route's form
 * limit is refused here, after authentication and before a byte is read; busboy's limits bound a chunked upload.
 */
export function installBodyLimits(app: FastifyInstance, config: Config): void {
  const forms = multipartBodyLimits(config);
  app.addHook('onRoute', (route: RouteOptions) => {
    const keys = (Array.isArray(route.method) ? route.method : [route.method]).map((m) => `${m} ${route.url}`);
    const json = keys.map((k) => JSON_BODY_LIMITS[k]).find((l) => l !== undefined);
    const form = keys.map((k) => forms[k]).find((l) => l !== undefined);
    if (json !== undefined) route.bodyLimit = json;
    if (form !== undefined) route.config = { ...route.config, multipartBodyLimit: form };
  });
  app.addHook('onRequest', async (req) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const jsonLimit = req.routeOptions.bodyLimit ?? DEFAULT_BODY_LIMIT;
    // By its header: the multipart plugin marks the request only when it parses, after this hook.
    const multipart = /^multipart\/form-data/i.test(req.headers['content-type'] ?? '');
    const limit = multipart ? (req.routeOptions.config.multipartBodyLimit ?? jsonLimit) : jsonLimit;
    if (declared > limit) throw payloadTooLarge(limit);
  });
}
