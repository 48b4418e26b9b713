import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dhis2Sample } from '@syt/core/dhis2-metadata/dhis2-sample.fixture.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, type TestDatabase } from '../test/dialects.ts';
import { syt } from '../test/syt-cli.ts';

describe.each(DIALECTS)('syt metadata --format dhis2 on $name', (dialect) => {
  let database: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'syt-dhis2-'));
  const file = (name: string, doc: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(doc));
    return path;
  };
  beforeAll(async () => {
    database = await dialect.create();
    expect((await syt(database.url, 'setup', '--admin-password', 'mat-khau-quan-tri')).code).toBe(0);
  }, 120_000);
  afterAll(() => database.drop());

  it('refuses a file with a broken reference, listing it, and changes nothing', async () => {
    const before = (await syt(database.url, 'metadata', 'export', '--format', 'dhis2')).stdout;
    const doc = dhis2Sample();
    doc.dataSets[0]!.organisationUnits.push({ id: 'ZZZZZZZZZZZ' });
    const res = await syt(database.url, 'metadata', 'import', '--format', 'dhis2', file('broken.json', doc));
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(
      'organisationUnits[2].id trỏ tới id "ZZZZZZZZZZZ" không có trong tệp hay trong hệ thống',
    );
    expect((await syt(database.url, 'metadata', 'export', '--format', 'dhis2')).stdout).toBe(before);
  });

  it('imports a DHIS2 file with its warnings, and exports the same UIDs', async () => {
    const res = await syt(database.url, 'metadata', 'import', '--format', 'dhis2', file('sample.json', dhis2Sample()));
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain('Cảnh báo — organisationUnits: Thuộc tính "geometry"');
    const exported = JSON.parse((await syt(database.url, 'metadata', 'export', '--format', 'dhis2')).stdout);
    const ids = (list: { id: string }[]) => list.map((x) => x.id);
    expect(ids(exported.organisationUnits)).toEqual(
      expect.arrayContaining(['ImspTQPwCqd', 'O6uvpzGd5pu', 'fdc6uOvgoji']),
    );
    expect(ids(exported.dataElements)).toEqual(expect.arrayContaining(['fbfJHSPpUQD', 'YtbsuPPo010']));
    const again = await syt(database.url, 'metadata', 'import', '--format', 'dhis2', file('export.json', exported));
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse((await syt(database.url, 'metadata', 'export', '--format', 'dhis2')).stdout)).toEqual(exported);
  });
});
