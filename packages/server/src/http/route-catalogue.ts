import type { FastifyInstance } from 'fastify';

/** One registered route as the authorisation table names it. */
export interface RouteEntry {
  method: string;
  url: string;
}

const catalogues = new WeakMap<FastifyInstance, RouteEntry[]>();

/**
 * Records every route registered after this call (HEAD mirrors of GET routes left out), so a test can
 * hold the whole route map against the authorisation table and no new route escapes it.
 */
export function recordRoutes(app: FastifyInstance): void {
  const entries: RouteEntry[] = [];
  catalogues.set(app, entries);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') entries.push({ method, url: route.url });
  });
}

/** The routes recorded for an application (empty when none were). */
export function registeredRoutes(app: FastifyInstance): readonly RouteEntry[] {
  return catalogues.get(app) ?? [];
}
