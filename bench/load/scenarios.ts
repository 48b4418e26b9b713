import autocannon, { type Client, type Request } from 'autocannon';
import type { BenchUser } from './database.ts';

/** What one run measured. */
export interface LoadFigures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  ok: number;
  failed: number;
}

/** Headers of a signed-in browser: its session and CSRF cookies, and the CSRF token. */
export async function browserHeaders(url: string, token: string): Promise<Record<string, string>> {
  const res = await fetch(`${url}/api/auth/csrf`, { headers: { cookie: `syt_session=${token}` } });
  const csrf = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const headers = { cookie: [`syt_session=${token}`, ...csrf].join('; '), 'x-csrf-token': csrfToken, 'content-type': 'application/json' };
  const session = await fetch(`${url}/api/auth/session`, { headers });
  if (session.status !== 200) throw new Error(`a minted session was refused (${session.status}): ${await session.text()}`);
  return headers;
}

/** Runs autocannon with one connection per entry of `perClient` (its own requests), for `seconds`. */
async function load(name: string, url: string, seconds: number, perClient: Request[][]): Promise<LoadFigures> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: perClient.length,
    duration: seconds,
    timeout: 10,
    setupClient: (client: Client) => client.setRequests(perClient[next++ % perClient.length]!),
  });
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** Every connection asks for the same page with its own session. */
export function readers(name: string, url: string, seconds: number, headers: Record<string, string>[], path: string) {
  return load(name, url, seconds, headers.map((h) => [{ method: 'GET', path, headers: h }]));
}

/**
 * Each reporter's connection saves its own cells in turn, each save a new figure and carrying the value it
 * last saw (as the web grid does), so every accepted save changes the cell and writes one audit row.
 */
export function savers(url: string, seconds: number, users: BenchUser[], headers: Record<string, string>[], period: string) {
  const perClient = users.map((user, u): Request[] => {
    const seen = new Map<string, string | null>();
    let turn = 0;
    let sent = { key: '', value: '' };
    return [
      {
        method: 'PUT',
        path: '/api/data-values',
        headers: headers[u]!,
        setupRequest: (req) => {
          const cell = user.cells[turn % user.cells.length]!;
          const key = `${cell.dataElement}|${cell.categoryOptionCombo}`;
          sent = { key, value: String(1 + (turn++ % 997)) };
          const body = { ...cell, orgUnit: user.orgUnit, period, value: sent.value, expected: seen.get(key) ?? null };
          return { ...req, body: JSON.stringify(body) };
        },
        onResponse: (status, body) => {
          if (status === 200) seen.set(sent.key, sent.value);
          else if (status === 409) seen.set(sent.key, (JSON.parse(body) as { error: { current?: { value: string | null } } }).error.current?.value ?? null);
        },
      },
    ];
  });
  return load('saves', url, seconds, perClient);
}
