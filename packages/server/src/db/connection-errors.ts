import { vi } from '../messages.ts';

/** PostgreSQL's SQLSTATE for "database does not exist" (invalid_catalog_name). */
const DATABASE_MISSING = '3D000';

/**
 * What to tell the operator when the database cannot be reached, in place of the driver's raw English line:
 * a missing PostgreSQL database gets the `createdb` command that makes it. Null for any other error.
 */
export function databaseHint(error: unknown, databaseUrl: string | undefined): string | null {
  if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) return null;
  const code = (error as { code?: unknown } | null)?.code;
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return null;
  }
  const server = `${url.hostname || 'localhost'}:${url.port || '5432'}`;
  if (code === DATABASE_MISSING) {
    const name = decodeURIComponent(url.pathname.slice(1)) || decodeURIComponent(url.username);
    return vi.database.missing(name, server, createdbCommand(url, name));
  }
  if (code === 'ECONNREFUSED') return vi.database.unreachable(server);
  return null;
}

/** The `createdb` line for the URL's server and user; options left out where the URL relies on defaults. */
function createdbCommand(url: URL, name: string): string {
  const options = [
    url.hostname ? `-h ${url.hostname}` : '',
    url.port ? `-p ${url.port}` : '',
    url.username ? `-U ${decodeURIComponent(url.username)}` : '',
  ].filter(Boolean);
  return ['createdb', ...options, name].join(' ');
}
