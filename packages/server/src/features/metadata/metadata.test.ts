import { DEFAULT_PACKAGE } from '@syt/core/metadata/default-package.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';
import { readPackage } from './metadata-read.repository.ts';

describe.each(DIALECTS)('metadata API on $name', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let reporter: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await signedIn(t, 'quantri', 'admin', '62');
    reporter = await signedIn(t, 'dakha', 'reporter', '615');
  });
  afterAll(() => t.close());

  it('lists every kind to any signed-in user', async () => {
    const diseases = await reporter.request('GET', '/api/metadata/diseases');
    expect(diseases.statusCode).toBe(200);
    expect(diseases.json().items).toHaveLength(DEFAULT_PACKAGE.diseases.length);
    const covid = diseases.json().items.find((d: { code: string }) => d.code === 'COVID19');
    expect(covid.groups).toEqual(DEFAULT_PACKAGE.diseases.find((d) => d.code === 'COVID19')!.groups);
    for (const kind of ['data-elements', 'data-sets', 'indicators', 'categories', 'validation-rules']) {
      const res = await reporter.request('GET', `/api/metadata/${kind}`);
      expect(res.statusCode, kind).toBe(200);
      expect(res.json().items.length, kind).toBeGreaterThan(0);
    }
  });

  it("stores the package's indicators as given, a campaign's target group included", async () => {
    const pkg = await readPackage(t.database.db);
    expect(pkg.indicators).toEqual(DEFAULT_PACKAGE.indicators);
    expect(pkg.indicators.find((i) => i.code === 'TC_IPV_BS_COVERAGE')!.targetGroup).toBe(
      'trẻ sinh năm 2021-2022 chưa được tiêm/tiêm chưa đủ 02 mũi vắc xin bại liệt',
    );
  });

  it('searches without diacritics', async () => {
    const res = await reporter.request('GET', `/api/metadata/diseases?q=${encodeURIComponent('sot xuat huyet')}`);
    expect(res.json().items.map((d: { code: string }) => d.code)).toEqual(['SXHD']);
    const byCode = await reporter.request('GET', '/api/metadata/data-elements?q=lao_reg');
    expect(byCode.json().items.map((d: { code: string }) => d.code)).toContain('LAO_REG_CASES');
  });

  it('answers 400 naming the field for an unknown kind', async () => {
    const res = await reporter.request('GET', '/api/metadata/benh');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].field).toBe('kind');
  });

  it('imports a new element by code, and refuses a broken package without writing anything', async () => {
    const element = { code: 'SXHD_SEVERE', name: 'Sốt xuất huyết Dengue nặng', valueType: 'INTEGER_ZERO_OR_POSITIVE', aggregationType: 'SUM', categoryCombo: 'default' };
    const empty = { categories: [], categoryCombos: [], dataSets: [], indicators: [], validationRules: [], diseases: [] };
    const ok = await admin.request('POST', '/api/metadata/import', { ...empty, dataElements: [element] });
    expect(ok.statusCode).toBe(200);
    const before = (await admin.request('GET', '/api/metadata/export')).body;
    expect(before).toContain('SXHD_SEVERE');

    const broken = await admin.request('POST', '/api/metadata/import', {
      ...empty,
      dataElements: [{ ...element, name: 'Đổi tên' }, { ...element, code: 'X_NEW', categoryCombo: 'KHONG_CO' }],
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.details[0]).toMatchObject({ field: 'dataElements.1.categoryCombo' });
    expect(broken.json().error.details[0].message).toContain('KHONG_CO');
    const wrongType = await admin.request('POST', '/api/metadata/import', { ...empty, dataElements: [{ ...element, valueType: 'INTEGER' }] });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().error.details[0].field).toBe('dataElements.0.valueType');
    expect((await admin.request('GET', '/api/metadata/export')).body).toBe(before);
  });

  it('keeps import and export to admins', async () => {
    expect((await reporter.request('POST', '/api/metadata/import', {})).statusCode).toBe(403);
  });
});
