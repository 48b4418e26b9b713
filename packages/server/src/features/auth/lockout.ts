/** Sign-in lockout policy: 5 failures within 15 minutes lock the account for 15 minutes. */
export const LOCKOUT = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 } as const;

const minutes = (n: number) => n * 60_000;

/** Start of the window in which failures count. */
export function failureWindowStart(now: Date): string {
  return new Date(now.getTime() - minutes(LOCKOUT.windowMinutes)).toISOString();
}

/** When a lock taken now ends. */
export function lockEnd(now: Date): string {
  return new Date(now.getTime() + minutes(LOCKOUT.lockMinutes)).toISOString();
}

/** Whole minutes left until a lock ends, at least 1. */
export function minutesLeft(lockedUntilIso: string, now: Date): number {
  return Math.max(1, Math.ceil((new Date(lockedUntilIso).getTime() - now.getTime()) / 60_000));
}
