import type { Executor } from '../metadata/upsert.ts';
import { vi } from '../../messages.ts';

/** A person as users read them: the account's display name (with its title), never the login name. */
export type NameOf = (username: string) => string;

/** Distinct names asked in one query; the callers' lists are bounded already, this bounds the `in (…)` list too. */
const CHUNK = 500;

/**
 * The display names of the accounts behind stored login names (who submitted, approved, changed, wrote).
 * A name with no account is one the system writes itself (the demo's loader, the command line), said in words;
 * any other unknown name (an account since removed) is shown as stored.
 */
export async function displayNames(db: Executor, usernames: Iterable<string | null | undefined>): Promise<NameOf> {
  const wanted = [...new Set([...usernames].filter((u): u is string => Boolean(u)))];
  const names = new Map<string, string>();
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const rows = await db.selectFrom('app_user').select(['username', 'display_name']).where('username', 'in', wanted.slice(i, i + CHUNK)).execute();
    for (const r of rows) names.set(r.username, r.display_name);
  }
  return (username) => personName(username, names.get(username));
}

/** How a stored login name reads, given its account's display name when a query joined it (null: no account). */
export function personName(username: string, displayName: string | null | undefined): string {
  return displayName ?? (vi.systemWriters as Record<string, string>)[username] ?? username;
}
