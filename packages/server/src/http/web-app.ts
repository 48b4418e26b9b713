import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { vi } from '../messages.ts';
import { isApiPath } from './auth-hooks.ts';
import { body } from './error-handler.ts';

/**
 * The built single-page app, its files looked up per request (a rebuild needs no restart); any other
 * non-API GET of an app route gets its index so client-side routes load. API misses, and files the build
 * does not have (a name with an extension, anything under /assets/), answer a JSON 404.
 */
export function serveWebApp(app: FastifyInstance, dist: string): void {
  const hasWeb = existsSync(`${dist}/index.html`);
  if (hasWeb) void app.register(fastifyStatic, { root: dist, index: false, wildcard: true });
  if (hasWeb) app.get('/', { config: { public: true } }, (_req, reply) => reply.sendFile('index.html'));
  app.setNotFoundHandler((req, reply) => {
    if (hasWeb && req.method === 'GET' && !isApiPath(req.url) && isAppRoute(req.url)) return reply.sendFile('index.html');
    return reply.status(404).send(body('NOT_FOUND', vi.notFound));
  });
}

/** App routes are Vietnamese slugs and ids; a last segment with an extension, or an asset path, names a file. */
export function isAppRoute(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0]!;
  if (path.startsWith('/assets/')) return false;
  return !/\.[A-Za-z0-9]+$/.test(path.slice(path.lastIndexOf('/') + 1));
}
