/**
 * The Content-Security-Policy of the web app and the API. The built app loads its scripts, styles and fonts from
 * its own origin and has no inline script; Mantine writes <style> tags and style attributes at run time, so styles
 * alone allow 'unsafe-inline'. Charts and icons use data: and blob: images.
 */
import type { FastifyHelmetOptions } from '@fastify/helmet';

/** Helmet's options: every directive spelled out rather than inherited from its defaults. */
export function helmetOptions(https: boolean): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Only behind HTTPS: on a plain-HTTP intranet address it would send the browser to a port nobody serves.
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
  };
}
