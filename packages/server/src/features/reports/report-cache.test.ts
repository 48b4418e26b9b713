import { toDataValueSetJson } from '@syt/core/interchange/index.ts';
import { DEFAULT_PACKAGE } from '@syt/core/metadata/default-package.ts';
import { generatedBlocks } from '@syt/core/report/edit/index.ts';
import type { FigureRef, ReportDocument } from '@syt/core/report/model.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.ts';
import { DIALECTS } from '../../test/dialects.ts';
import type { TestClient } from '../../test/harness.ts';
import type { Actor } from '../access/access.policy.ts';
import { readImportFile } from '../imports/import-file.ts';
import { importValues } from '../imports/import.service.ts';
import { ReportCache, reportCacheFor } from './report-cache.ts';
import { PERIOD, startReportTest, storedCell, type ReportTest } from './reports.fixture.ts';

// Drafts counted: the fixture leaves forms unsubmitted so that cells can be edited.
const MONTHLY = `/api/reports/monthly?org=62&period=${PERIOD}&format=json&includeDrafts=true`;
const CLI: Actor = { id: 0, username: 'cli', role: 'admin', scopePath: '/', canEditExpired: true };
const indicatorInputs = new Set(DEFAULT_PACKAGE.indicators.flatMap((i) => [...i.expression.matchAll(/#\{([A-Z0-9_]+)/g)].map((m) => m[1]!)));

/** "Repeated reads of unchanged data come from the cache; any change the report could show is read fresh." */
describe.each(DIALECTS)('the monthly report cache on $name', (dialect) => {
  let rt: ReportTest;
  const stats = () => ({ ...reportCacheFor(rt.t.database.db).stats });
  const read = async (client: TestClient, url = MONTHLY) => {
    const res = await client.request('GET', url);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return res;
  };
  const monthValue = async (item: string) => monthFigures(JSON.parse((await read(rt.users.viewer)).body)).find((f) => f.item === item)!.value!;

  beforeAll(async () => {
    rt = await startReportTest(dialect, { submit: false });
  }, 120_000);
  afterAll(() => rt.t.close());

  it('answers a second read of unchanged data from the cache, byte for byte', async () => {
    const first = await read(rt.users.viewer);
    const before = stats();
    const second = await read(rt.users.leader);
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(stats()).toEqual({ hits: before.hits + 1, builds: before.builds });
  });

  it('reads a form submitted since the last read: its unit is no longer missing', async () => {
    const url = `/api/reports/monthly?org=62&period=${PERIOD}&format=json`;
    const missing = async () => (JSON.parse((await read(rt.users.viewer, url)).body) as ReportDocument).completeness!.missing.map((f) => f.orgUnit);
    expect(await missing()).toContain('616');
    const submitted = await rt.users.admin.request('POST', '/api/forms/submit', { dataSet: 'BTN_THANG', orgUnit: '616', period: PERIOD });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(await missing()).not.toContain('616');
  });

  it('reads a value saved in a cell, then one imported, into the next report', async () => {
    const figure = monthFigures(JSON.parse((await read(rt.users.viewer)).body)).find((f) => !indicatorInputs.has(f.item.split('.')[0]!))!;
    const cell = await storedCell(rt, ...(figure.item.split('.') as [string, string | undefined]));
    const put = await rt.users.admin.request('PUT', '/api/data-values', { ...cell, value: String(Number(cell.value) + 7) });
    expect(put.statusCode, put.body).toBe(200);
    expect(await monthValue(figure.item)).toBe(figure.value! + 7);

    const file = toDataValueSetJson([{ ...cell, value: String(Number(cell.value) + 12) }]);
    const imported = await rt.users.admin.upload('/api/imports', 'data.json', file);
    expect(imported.json(), imported.body).toMatchObject({ status: 'SUCCESS', updated: 1 });
    expect(await monthValue(figure.item)).toBe(figure.value! + 12);
  });

  it('reads values another process imported, and units it renamed, through its own connection', async () => {
    const figure = monthFigures(JSON.parse((await read(rt.users.viewer)).body)).find((f) => !indicatorInputs.has(f.item.split('.')[0]!))!;
    const cell = await storedCell(rt, ...(figure.item.split('.') as [string, string | undefined]));
    const other = openDatabase(rt.t.database.url);
    try {
      const file = Buffer.from(toDataValueSetJson([{ ...cell, value: String(Number(cell.value) + 30) }]));
      const summary = await importValues({ db: other, clock: rt.t.clock }, CLI, await readImportFile(other, 'json', file), { dryRun: false });
      expect(summary).toMatchObject({ status: 'SUCCESS', updated: 1 });
      expect(await monthValue(figure.item)).toBe(figure.value! + 30);

      await other.updateTable('org_unit').set({ name: 'Tỉnh Thử Nghiệm' }).where('code', '=', '62').execute();
      expect(JSON.parse((await read(rt.users.viewer)).body).header).toMatchObject({ superiorBody: 'UBND TỈNH THỬ NGHIỆM', place: 'Thử Nghiệm' });
    } finally {
      await other.destroy();
    }
  });

  it('writes the header from settings saved since the last read', async () => {
    await read(rt.users.viewer);
    const put = await rt.users.staff.request('PUT', '/api/reports/settings?org=62', { signerName: 'Lê Văn Cache' });
    expect(put.statusCode, put.body).toBe(200);
    expect(JSON.parse((await read(rt.users.viewer)).body).header.signerName).toBe('Lê Văn Cache');
  });

  it('serves a stored report as its current version, and its edits at once', async () => {
    const url = '/api/reports/monthly?org=62&period=202309&format=md';
    const created = await rt.users.staff.request('POST', '/api/reports/instances', { org: '62', period: '202309' });
    expect((await read(rt.users.viewer, url)).body).not.toContain('Ghi chú đã sửa.');
    const saved = await rt.users.staff.request('PUT', `/api/reports/instances/${created.json().id}`, { baseVersion: 1, freeText: { disease: 'Ghi chú đã sửa.' } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await read(rt.users.viewer, url)).body).toContain('Ghi chú đã sửa.');
  });

  it('still refuses a user outside the unit when its report is cached', async () => {
    await read(rt.users.viewer);
    const before = stats();
    expect((await read(rt.users.viewer)).statusCode).toBe(200);
    expect(stats().hits).toBe(before.hits + 1);
    const outside = await rt.users.district.request('GET', MONTHLY);
    expect(outside.statusCode).toBe(403);
    expect(outside.body).not.toContain('"subject"');
    const own = await read(rt.users.district, `/api/reports/monthly?org=615&period=${PERIOD}&format=json`);
    expect(JSON.parse(own.body).orgUnit.code).toBe('615');
  });

  it('writes a report once for many readers asking at the same time', async () => {
    const before = stats();
    const url = '/api/reports/monthly?org=62&period=202310&format=json';
    const answers = await Promise.all(Array.from({ length: 8 }, () => rt.users.viewer.request('GET', url)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    // One document written, one JSON rendered from it.
    expect(stats().builds - before.builds).toBe(2);
  });
});

/** "Bounded by entry count and bytes, least recently used out first; failures are not kept." */
describe('the report cache bounds', () => {
  const put = (cache: ReportCache, key: string, bytes = 10) => cache.get(key, async () => key, { store: true, bytes: () => bytes });

  it('drops the least recently used entry beyond its count', async () => {
    const cache = new ReportCache({ entries: 2, bytes: 1_000 });
    await put(cache, 'a');
    await put(cache, 'b');
    await put(cache, 'a');
    await put(cache, 'c');
    const builds = cache.stats.builds;
    await put(cache, 'a');
    await put(cache, 'c');
    expect(cache.stats.builds).toBe(builds);
    await put(cache, 'b');
    expect(cache.stats.builds).toBe(builds + 1);
  });

  it('keeps its bytes under the bound and never keeps an entry larger than it', async () => {
    const cache = new ReportCache({ entries: 100, bytes: 25 });
    await put(cache, 'a');
    await put(cache, 'b');
    await put(cache, 'c');
    await put(cache, 'huge', 26);
    const builds = cache.stats.builds;
    await put(cache, 'huge', 26);
    await put(cache, 'c');
    await put(cache, 'b');
    expect(cache.stats.builds).toBe(builds + 1);
    await put(cache, 'a');
    expect(cache.stats.builds).toBe(builds + 2);
  });

  it('keeps neither a failure nor a value it is told not to store', async () => {
    const cache = new ReportCache();
    await expect(cache.get('x', () => Promise.reject(new Error('boom')), { store: true, bytes: () => 1 })).rejects.toThrow('boom');
    expect(await put(cache, 'x')).toBe('x');
    await cache.get('y', async () => 'y', { store: false, bytes: () => 1 });
    await put(cache, 'y');
    expect(cache.stats).toEqual({ hits: 0, builds: 4 });
  });
});

/** The whole-unit month figures the report's sentences state, with a value. */
function monthFigures(doc: ReportDocument): FigureRef[] {
  return generatedBlocks(doc)
    .flatMap((b) => b.sentences.flatMap((s) => s.figures))
    .filter((f) => f.span === 'month' && f.orgUnit === undefined && (f.value ?? 0) > 0 && DEFAULT_PACKAGE.dataElements.some((e) => e.code === f.item.split('.')[0]));
}

