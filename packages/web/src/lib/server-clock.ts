import { vietnamDate } from '@syt/core/completeness/entry-window.ts';

/**
 * The server's clock is the only clock: the web learns it from each session answer and keeps the offset, so
 * "today" follows the server (and its SYT_NOW) rather than the browser. Every page under the sign-in guard
 * has a session, hence an offset, before it picks a default period.
 */
let offsetMs = 0;

/** Remembers the server's time from a session or sign-in answer. */
export function rememberServerNow(serverNow: string): void {
  const at = Date.parse(serverNow);
  if (Number.isFinite(at)) offsetMs = at - Date.now();
}

/** Now on the server's clock. */
export function serverNow(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Today in Vietnam on the server's clock, as `YYYY-MM-DD`. */
export function serverToday(): string {
  return vietnamDate(serverNow());
}
