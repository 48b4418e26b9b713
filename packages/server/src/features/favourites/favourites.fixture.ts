/** Builders shared by the favourite and dashboard tests: a world of a few users and small valid bodies. */
import type { ChartLayout, FavouriteInput, PivotLayout } from '@syt/core/api/analytics.ts';
import type { Role } from '@syt/core/api/contract.ts';
import { expect } from 'vitest';
import type { TestDialect } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

export const PIVOT: PivotLayout = {
  rows: ['ou'],
  columns: ['pe'],
  totals: { rows: true, columns: false },
  subtotals: false,
  hideEmptyRows: true,
  hideEmptyColumns: false,
  sort: null,
};
export const LINE: ChartLayout = { type: 'line', series: 'ou', category: 'pe', title: 'Sốt xuất huyết theo huyện' };

/** Dengue cases by district × month, 2019–2023, as a pivot: the staff journey. */
export function dengue(overrides: Partial<FavouriteInput> = {}): FavouriteInput {
  const months = Array.from(
    { length: 60 },
    (_, i) => `${2019 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, '0')}`,
  );
  return {
    name: 'Sốt xuất huyết theo huyện, 2019–2023',
    kind: 'pivot',
    query: { dx: ['SXHD_CASES'], ou: ['LEVEL-2'], pe: months },
    layout: PIVOT,
    sharing: { users: [], roles: [] },
    ...overrides,
  };
}

export interface World {
  t: TestApp;
  /** staff of the province (owner of most things), a leader, a district reporter and viewer, an admin. */
  staff: TestClient;
  leader: TestClient;
  reporter: TestClient;
  viewer: TestClient;
  admin: TestClient;
}

/** A fresh installation with one user of each role that matters here, and an inactive account `cu`. */
export async function startWorld(dialect: TestDialect): Promise<World> {
  const t = await startTestApp(dialect);
  const as = (username: string, role: Role, unit: string) =>
    signedIn(t, username, role, unit, { displayName: `Ông ${username}` });
  const world = {
    t,
    staff: await as('an', 'staff', '62'),
    leader: await as('binh', 'leader', '62'),
    reporter: await as('chi', 'reporter', '615'),
    viewer: await as('dung', 'viewer', '615'),
    admin: await as('quantri', 'admin', '62'),
  };
  await as('cu', 'viewer', '62');
  await t.database.db.updateTable('app_user').set({ active: 0 }).where('username', '=', 'cu').execute();
  return world;
}

/** Sends and checks the status, returning the parsed answer. */
export async function expectStatus<T = any>(
  res: Promise<{ statusCode: number; body: string; json(): unknown }>,
  status: number,
): Promise<T> {
  const r = await res;
  expect(r.statusCode, r.body.slice(0, 400)).toBe(status);
  return (r.body ? r.json() : undefined) as T;
}

/** How many rows a table holds: to show a refused write changed nothing. */
export async function countRows(
  t: TestApp,
  table: 'favourite' | 'favourite_share' | 'dashboard' | 'dashboard_item' | 'dashboard_share' | 'dashboard_home',
) {
  const row = await t.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
