import type { FavouriteListView, FavouriteView } from '@syt/core/api/analytics.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { MAX_FAVOURITES_PER_USER } from './favourites.service.ts';
import { countRows, dengue, expectStatus, LINE, startWorld, type World } from './favourites.fixture.ts';

const URL = '/api/analytics/favourites';

/** Issue 14.2: saved pivots and charts, shared by user and by role, opened by URL, changed only by their owner. */
describe.each(DIALECTS)('analytics favourites on $name', (dialect) => {
  let w: World;
  beforeAll(async () => {
    w = await startWorld(dialect);
  });
  afterAll(() => w.t.close());

  const ids = async (client: World['staff'], query = '') =>
    (await expectStatus<FavouriteListView>(client.request('GET', `${URL}${query}`), 200)).items.map((f) => f.id);

  it('saves a pivot, opens it by id, lists it, changes it and deletes it', async () => {
    const saved = await expectStatus<FavouriteView>(w.staff.request('POST', URL, dengue()), 201);
    expect(saved).toMatchObject({
      name: 'Sốt xuất huyết theo huyện, 2019–2023',
      kind: 'pivot',
      query: dengue().query,
      layout: dengue().layout,
      sharing: { users: [], roles: [] },
      owner: { username: 'an', displayName: 'Ông an' },
      editable: true,
      createdAt: '2024-03-05T02:00:00.000Z',
      updatedAt: '2024-03-05T02:00:00.000Z',
    });
    expect(await expectStatus(w.staff.request('GET', `${URL}/${saved.id}`), 200)).toEqual(saved);
    expect(await ids(w.staff)).toContain(saved.id);

    const changedAt = new Date(w.t.clock.now().getTime() + 3_600_000).toISOString();
    w.t.clock.advanceMinutes(60);
    const chart = await expectStatus<FavouriteView>(
      w.staff.request('PUT', `${URL}/${saved.id}`, dengue({ name: 'Biểu đồ SXH', kind: 'chart', layout: LINE })),
      200,
    );
    expect(chart).toMatchObject({
      id: saved.id,
      name: 'Biểu đồ SXH',
      kind: 'chart',
      layout: LINE,
      createdAt: saved.createdAt,
      updatedAt: changedAt,
    });
    expect(await ids(w.staff, '?kind=chart')).toContain(saved.id);
    expect(await ids(w.staff, '?kind=pivot')).not.toContain(saved.id);

    await expectStatus(w.staff.request('DELETE', `${URL}/${saved.id}`), 204);
    await expectStatus(w.staff.request('GET', `${URL}/${saved.id}`), 404);
    expect(await ids(w.staff)).not.toContain(saved.id);
  });

  it('shares with a named user: they list and open it, not editable; others get 404 as for a missing one', async () => {
    const saved = await expectStatus<FavouriteView>(
      w.staff.request('POST', URL, dengue({ sharing: { users: ['chi', 'an', 'chi'], roles: [] } })),
      201,
    );
    // The owner always may open: naming them stores nothing; a user named twice is stored once.
    expect(saved.sharing).toEqual({ users: ['chi'], roles: [] });
    const seen = await expectStatus<FavouriteView>(w.reporter.request('GET', `${URL}/${saved.id}`), 200);
    expect(seen).toMatchObject({ id: saved.id, editable: false, owner: { username: 'an' } });
    expect(await ids(w.reporter)).toContain(saved.id);

    const hidden = await expectStatus(w.viewer.request('GET', `${URL}/${saved.id}`), 404);
    const missing = await expectStatus(w.viewer.request('GET', `${URL}/987654`), 404);
    expect(hidden.error.code).toBe(missing.error.code);
    expect(hidden.error.message.replace(String(saved.id), 'N')).toBe(missing.error.message.replace('987654', 'N'));
    expect(await ids(w.viewer)).not.toContain(saved.id);
    await expectStatus(w.viewer.request('PUT', `${URL}/${saved.id}`, dengue({ name: 'Đổi' })), 404);
    await expectStatus(w.viewer.request('DELETE', `${URL}/${saved.id}`), 404);
  });

  it('shares with a whole role: every leader opens it, a viewer does not', async () => {
    const saved = await expectStatus<FavouriteView>(
      w.staff.request('POST', URL, dengue({ sharing: { users: [], roles: ['leader'] } })),
      201,
    );
    expect(await ids(w.leader)).toContain(saved.id);
    await expectStatus(w.leader.request('GET', `${URL}/${saved.id}`), 200);
    await expectStatus(w.viewer.request('GET', `${URL}/${saved.id}`), 404);
    // Unshared, it is gone from the leader's list at once.
    await expectStatus(w.staff.request('PUT', `${URL}/${saved.id}`, dengue()), 200);
    await expectStatus(w.leader.request('GET', `${URL}/${saved.id}`), 404);
  });

  it('lets only the owner or an admin change or delete it: 403 for someone it is shared with, nothing changed', async () => {
    const saved = await expectStatus<FavouriteView>(
      w.staff.request('POST', URL, dengue({ sharing: { users: [], roles: ['reporter'] } })),
      201,
    );
    const refused = await expectStatus(
      w.reporter.request('PUT', `${URL}/${saved.id}`, dengue({ name: 'Của tôi' })),
      403,
    );
    expect(refused.error.code).toBe('FORBIDDEN');
    await expectStatus(w.reporter.request('DELETE', `${URL}/${saved.id}`), 403);
    expect(await expectStatus(w.staff.request('GET', `${URL}/${saved.id}`), 200)).toEqual(saved);

    // An admin opens any favourite and may change it; the owner stays the owner.
    const byAdmin = await expectStatus<FavouriteView>(
      w.admin.request('PUT', `${URL}/${saved.id}`, dengue({ name: 'Sửa bởi quản trị' })),
      200,
    );
    expect(byAdmin).toMatchObject({ name: 'Sửa bởi quản trị', owner: { username: 'an' }, editable: true });
    await expectStatus(w.admin.request('DELETE', `${URL}/${saved.id}`), 204);
    await expectStatus(w.staff.request('GET', `${URL}/${saved.id}`), 404);
  });

  it('refuses bad input with 400 naming the field, and stores nothing', async () => {
    const before = [await countRows(w.t, 'favourite'), await countRows(w.t, 'favourite_share')];
    const fieldsOf = async (body: unknown) =>
      ((await expectStatus(w.staff.request('POST', URL, body), 400)).error.details as { field: string }[]).map(
        (d) => d.field,
      );

    expect(await fieldsOf(dengue({ name: '   ' }))).toContain('name');
    expect(await fieldsOf(dengue({ name: 'x'.repeat(201) }))).toContain('name');
    expect(await fieldsOf(dengue({ layout: LINE }))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^layout\./)]),
    );
    expect(
      await fieldsOf(
        dengue({ query: { dx: Array.from({ length: 51 }, (_, i) => `E${i}`), ou: ['62'], pe: ['2023'] } }),
      ),
    ).toContain('query.dx');
    expect(
      await fieldsOf(
        dengue({ query: { dx: ['SXHD_CASES'], ou: Array.from({ length: 201 }, (_, i) => `U${i}`), pe: ['2023'] } }),
      ),
    ).toContain('query.ou');
    expect(await fieldsOf(dengue({ query: { dx: ['SXHD_CASES'], ou: ['62'], pe: ['hôm qua'] } }))).toContain(
      'query.pe.0',
    );
    expect(await fieldsOf(dengue({ query: { dx: ['SXHD_CASES'], ou: [], pe: ['2023'] } }))).toContain('query.ou');
    // Every list within its bound, but the table past 200,000 cells.
    const big = {
      dx: Array.from({ length: 50 }, (_, i) => `E${i}`),
      ou: Array.from({ length: 200 }, (_, i) => `U${i}`),
      pe: Array.from({ length: 21 }, (_, i) => `${2000 + i}`),
    };
    expect(await fieldsOf(dengue({ query: big }))).toContain('query.dx');
    expect(await fieldsOf(dengue({ layout: { ...dengue().layout, columns: ['ou'] } as never }))).toContain(
      'layout.columns',
    );
    expect(
      await fieldsOf(dengue({ sharing: { users: Array.from({ length: 101 }, (_, i) => `u${i}`), roles: [] } })),
    ).toContain('sharing.users');
    expect(await fieldsOf(dengue({ sharing: { users: [], roles: ['chief'] as never } }))).toContain('sharing.roles.0');
    expect(await fieldsOf({ ...dengue(), owner: 'binh' })).toEqual(expect.arrayContaining([expect.any(String)]));

    // A name typed in decomposed Unicode is stored in NFC, as every Vietnamese text is.
    const decomposed = 'Sốt xuất huyết'.normalize('NFD');
    const nfc = await expectStatus<FavouriteView>(
      w.staff.request('POST', URL, dengue({ name: `  ${decomposed} ` })),
      201,
    );
    expect(nfc.name).toBe('Sốt xuất huyết'.normalize('NFC'));
    await expectStatus(w.staff.request('DELETE', `${URL}/${nfc.id}`), 204);

    // Every period code the period module reads, and relative periods, are taken as written.
    const periods = ['2023W05', '2023S1', '2023Q4', '2023', '202311', 'LAST_12_MONTHS', 'SAME_MONTH_LAST_YEAR'];
    const kept = await expectStatus<FavouriteView>(
      w.staff.request(
        'POST',
        URL,
        dengue({ query: { dx: ['LAO_CASES.AFB_POS'], ou: ['USER_ORGUNIT', 'LEVEL-2'], pe: periods } }),
      ),
      201,
    );
    expect(kept.query.pe).toEqual(periods);
    await expectStatus(w.staff.request('DELETE', `${URL}/${kept.id}`), 204);

    // Unknown and inactive accounts are named by their place in the list.
    const unknown = await expectStatus(
      w.staff.request('POST', URL, dengue({ sharing: { users: ['chi', 'khongco', 'cu'], roles: [] } })),
      400,
    );
    expect(unknown.error.details.map((d: { field: string }) => d.field)).toEqual([
      'sharing.users.1',
      'sharing.users.2',
    ]);
    expect(unknown.error.details[0].message).toContain('khongco');
    expect([await countRows(w.t, 'favourite'), await countRows(w.t, 'favourite_share')]).toEqual(before);

    // A refused change leaves the favourite as it was.
    const saved = await expectStatus<FavouriteView>(
      w.staff.request('POST', URL, dengue({ sharing: { users: ['chi'], roles: [] } })),
      201,
    );
    await expectStatus(
      w.staff.request(
        'PUT',
        `${URL}/${saved.id}`,
        dengue({ name: 'Đổi tên', sharing: { users: ['khongco'], roles: [] } }),
      ),
      400,
    );
    expect(await expectStatus(w.staff.request('GET', `${URL}/${saved.id}`), 200)).toEqual(saved);
    await expectStatus(w.staff.request('GET', `${URL}/abc`), 400);
    await expectStatus(w.staff.request('GET', `${URL}?kind=table`), 400);
  });

  it('bounds how many favourites one user keeps: past the limit, 409 until one is deleted', async () => {
    const now = w.t.clock.now().toISOString();
    const row = {
      name: 'Cũ',
      kind: 'chart',
      query: '{}',
      layout: '{}',
      owner: 'dung',
      created_at: now,
      created_by: 'dung',
      updated_at: now,
      updated_by: 'dung',
    };
    await w.t.database.db
      .insertInto('favourite')
      .values(Array.from({ length: MAX_FAVOURITES_PER_USER }, () => row))
      .execute();
    const refused = await expectStatus(w.viewer.request('POST', URL, dengue()), 409);
    expect(refused.error.message).toContain(String(MAX_FAVOURITES_PER_USER));
    const [first] = await ids(w.viewer);
    await expectStatus(w.viewer.request('DELETE', `${URL}/${first}`), 204);
    await expectStatus(w.viewer.request('POST', URL, dengue()), 201);
  });
});
