import type { DashboardInput, DashboardListView, DashboardView, FavouriteView } from '@syt/core/api/analytics.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { countRows, dengue, expectStatus, LINE, startWorld, type World } from '../favourites/favourites.fixture.ts';

const URL = '/api/dashboards';
const FAVOURITES = '/api/analytics/favourites';

const board = (favouriteIds: number[], overrides: Partial<DashboardInput> = {}): DashboardInput => ({
  name: 'Theo dõi sốt xuất huyết',
  items: [
    { kind: 'widget', widget: 'keyFigures', width: 12 },
    ...favouriteIds.map((favouriteId) => ({ kind: 'favourite' as const, favouriteId, width: 6 as const })),
  ],
  sharing: { users: [], roles: [] },
  ...overrides,
});

/** Issue 14.4: dashboards composed from favourites and built-in cards, a default per role, one chosen as home. */
describe.each(DIALECTS)('dashboards on $name', (dialect) => {
  let w: World;
  let pivot: FavouriteView;
  let chart: FavouriteView;
  beforeAll(async () => {
    w = await startWorld(dialect);
    pivot = await expectStatus(
      w.staff.request('POST', FAVOURITES, dengue({ sharing: { users: [], roles: ['leader'] } })),
      201,
    );
    chart = await expectStatus(
      w.staff.request(
        'POST',
        FAVOURITES,
        dengue({ name: 'Biểu đồ', kind: 'chart', layout: LINE, sharing: { users: [], roles: ['leader'] } }),
      ),
      201,
    );
  });
  afterAll(() => w.t.close());

  const list = (client: World['staff']) => expectStatus<DashboardListView>(client.request('GET', URL), 200);

  it("lists the role's built-in default first, with no home chosen", async () => {
    const leader = await list(w.leader);
    expect(leader.home).toBeNull();
    expect(leader.items[0]).toMatchObject({ id: null, owner: null, editable: false, name: 'Tổng quan của lãnh đạo' });
    expect(leader.items[0]!.items.map((i) => (i.kind === 'widget' ? i.widget : null))).toEqual([
      'keyFigures',
      'completeness',
      'alerts',
      'overdueTasks',
      'reportsAwaiting',
    ]);
    const reporter = await expectStatus<DashboardView>(w.reporter.request('GET', `${URL}/default`), 200);
    expect(reporter.items.map((i) => (i.kind === 'widget' ? i.widget : null))).toEqual([
      'myForms',
      'todo',
      'unitTrend',
    ]);
    expect((await expectStatus<DashboardView>(w.viewer.request('GET', `${URL}/default`), 200)).items).toHaveLength(1);
  });

  it('saves a dashboard of favourites and cards, shares it by role and by user, and only its owner or an admin changes it', async () => {
    const saved = await expectStatus<DashboardView>(
      w.staff.request('POST', URL, board([pivot.id, chart.id], { sharing: { users: ['chi'], roles: ['leader'] } })),
      201,
    );
    expect(saved).toMatchObject({
      owner: { username: 'an', displayName: 'Ông an' },
      editable: true,
      sharing: { users: ['chi'], roles: ['leader'] },
    });
    expect(saved.items).toEqual(board([pivot.id, chart.id]).items);
    expect(saved.favourites.map((f) => f.id)).toEqual([pivot.id, chart.id]);
    expect((await list(w.staff)).items.map((d) => d.id)).toEqual([null, saved.id]);

    // The leader opens it with both favourites (shared with leaders); the reporter opens it but not the favourites.
    const byLeader = await expectStatus<DashboardView>(w.leader.request('GET', `${URL}/${saved.id}`), 200);
    expect(byLeader).toMatchObject({ editable: false, items: saved.items });
    expect(byLeader.favourites.map((f) => f.id)).toEqual([pivot.id, chart.id]);
    const byReporter = await expectStatus<DashboardView>(w.reporter.request('GET', `${URL}/${saved.id}`), 200);
    expect(byReporter.items).toEqual(saved.items);
    expect(byReporter.favourites).toEqual([]);
    expect((await list(w.reporter)).items.map((d) => d.id)).toContain(saved.id);

    await expectStatus(w.viewer.request('GET', `${URL}/${saved.id}`), 404);
    await expectStatus(w.viewer.request('PUT', `${URL}/${saved.id}`, board([])), 404);
    await expectStatus(w.leader.request('PUT', `${URL}/${saved.id}`, board([])), 403);
    await expectStatus(w.leader.request('DELETE', `${URL}/${saved.id}`), 403);
    expect(await expectStatus(w.staff.request('GET', `${URL}/${saved.id}`), 200)).toEqual(saved);

    const renamed = await expectStatus<DashboardView>(
      w.admin.request('PUT', `${URL}/${saved.id}`, board([chart.id], { name: 'Đổi tên' })),
      200,
    );
    expect(renamed).toMatchObject({ name: 'Đổi tên', owner: { username: 'an' }, sharing: { users: [], roles: [] } });
    expect(renamed.favourites.map((f) => f.id)).toEqual([chart.id]);
    await expectStatus(w.reporter.request('GET', `${URL}/${saved.id}`), 404);
  });

  it('refuses a card showing a favourite the saver may not open (400 naming items.N.favouriteId), storing nothing', async () => {
    const own = await expectStatus<FavouriteView>(
      w.viewer.request('POST', FAVOURITES, dengue({ name: 'Của tôi' })),
      201,
    );
    const before = [await countRows(w.t, 'dashboard'), await countRows(w.t, 'dashboard_item')];
    const refused = await expectStatus(w.viewer.request('POST', URL, board([own.id, pivot.id, 987654])), 400);
    expect(refused.error.details.map((d: { field: string }) => d.field)).toEqual([
      'items.2.favouriteId',
      'items.3.favouriteId',
    ]);
    expect([await countRows(w.t, 'dashboard'), await countRows(w.t, 'dashboard_item')]).toEqual(before);

    const fieldsOf = async (body: unknown) =>
      ((await expectStatus(w.viewer.request('POST', URL, body), 400)).error.details as { field: string }[]).map(
        (d) => d.field,
      );
    expect(await fieldsOf(board([], { name: '' }))).toContain('name');
    expect(
      await fieldsOf(
        board([], { items: Array.from({ length: 25 }, () => ({ kind: 'widget', widget: 'todo', width: 6 })) }),
      ),
    ).toContain('items');
    expect(await fieldsOf(board([], { items: [{ kind: 'widget', widget: 'weather', width: 6 } as never] }))).toContain(
      'items.0.widget',
    );
    expect(await fieldsOf(board([], { items: [{ kind: 'widget', widget: 'todo', width: 5 } as never] }))).toContain(
      'items.0.width',
    );
    expect(await fieldsOf(board([], { sharing: { users: ['khongco'], roles: [] } }))).toEqual(['sharing.users.0']);
    expect([await countRows(w.t, 'dashboard'), await countRows(w.t, 'dashboard_item')]).toEqual(before);
  });

  it('keeps a card whose favourite is no longer shared but leaves the favourite out; deleting a favourite removes its cards', async () => {
    const fav = await expectStatus<FavouriteView>(
      w.staff.request('POST', FAVOURITES, dengue({ name: 'Tạm', sharing: { users: ['binh'], roles: [] } })),
      201,
    );
    const mine = await expectStatus<DashboardView>(w.leader.request('POST', URL, board([fav.id, pivot.id])), 201);
    expect(mine.favourites.map((f) => f.id)).toEqual([fav.id, pivot.id]);

    await expectStatus(w.staff.request('PUT', `${FAVOURITES}/${fav.id}`, dengue({ name: 'Tạm' })), 200);
    const after = await expectStatus<DashboardView>(w.leader.request('GET', `${URL}/${mine.id}`), 200);
    expect(after.items).toEqual(mine.items);
    expect(after.favourites.map((f) => f.id)).toEqual([pivot.id]);
    // Saving the dashboard again keeps the card already on it; adding it anew elsewhere is refused.
    await expectStatus(
      w.leader.request('PUT', `${URL}/${mine.id}`, board([fav.id, pivot.id], { name: 'Đổi tên' })),
      200,
    );
    await expectStatus(w.leader.request('POST', URL, board([fav.id])), 400);

    await expectStatus(w.staff.request('DELETE', `${FAVOURITES}/${fav.id}`), 204);
    const gone = await expectStatus<DashboardView>(w.leader.request('GET', `${URL}/${mine.id}`), 200);
    expect(gone.items).toEqual(board([pivot.id]).items);
  });

  it('sets the home dashboard to one the user may open, falls back to the default when it is gone', async () => {
    const shared = await expectStatus<DashboardView>(
      w.staff.request(
        'POST',
        URL,
        board([pivot.id], { name: 'Cho lãnh đạo', sharing: { users: [], roles: ['leader'] } }),
      ),
      201,
    );
    const own = await expectStatus<DashboardView>(w.staff.request('POST', URL, board([], { name: 'Riêng' })), 201);
    expect(await expectStatus(w.leader.request('PUT', `${URL}/home`, { id: shared.id }), 200)).toEqual({
      id: shared.id,
    });
    expect((await list(w.leader)).home).toBe(shared.id);

    const refused = await expectStatus(w.leader.request('PUT', `${URL}/home`, { id: own.id }), 400);
    expect(refused.error.details.map((d: { field: string }) => d.field)).toEqual(['id']);
    await expectStatus(w.leader.request('PUT', `${URL}/home`, { id: 'x' }), 400);
    expect((await list(w.leader)).home).toBe(shared.id);

    // Unshared, it is no longer the leader's home; shared again, it is.
    await expectStatus(w.staff.request('PUT', `${URL}/${shared.id}`, board([pivot.id], { name: 'Cho lãnh đạo' })), 200);
    expect((await list(w.leader)).home).toBeNull();
    await expectStatus(
      w.staff.request(
        'PUT',
        `${URL}/${shared.id}`,
        board([pivot.id], { name: 'Cho lãnh đạo', sharing: { users: [], roles: ['leader'] } }),
      ),
      200,
    );
    expect((await list(w.leader)).home).toBe(shared.id);

    // Deleted, every user who had it as home gets the default back.
    await expectStatus(w.staff.request('PUT', `${URL}/home`, { id: shared.id }), 200);
    await expectStatus(w.staff.request('DELETE', `${URL}/${shared.id}`), 204);
    expect((await list(w.leader)).home).toBeNull();
    expect((await list(w.staff)).home).toBeNull();
    expect(await countRows(w.t, 'dashboard_home')).toBe(0);

    await expectStatus(w.staff.request('PUT', `${URL}/home`, { id: own.id }), 200);
    await expectStatus(w.staff.request('PUT', `${URL}/home`, { id: null }), 200);
    expect((await list(w.staff)).home).toBeNull();
  });
});
