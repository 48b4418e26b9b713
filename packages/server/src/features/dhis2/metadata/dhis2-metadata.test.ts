import { uidFor } from '@syt/core/metadata/uid.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';

/** Issue 15: DHIS2's metadata lists in DHIS2's JSON shape, ids as UIDs, org units within the caller's scope. */
describe.each(DIALECTS)("DHIS2 metadata lists on $name", (dialect) => {
  let t: TestApp;
  let province: TestClient;
  let district: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    province = await signedIn(t, 'canbo', 'staff', '62');
    district = await signedIn(t, 'dakha', 'reporter', '615');
  });
  afterAll(() => t.close());

  const get = async (client: TestClient, url: string) => {
    const res = await client.request('GET', url);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('lists with the pager and DHIS2 default fields (id, displayName)', async () => {
    const body = await get(province, '/api/dataElements?pageSize=2&page=2');
    expect(body.pager).toMatchObject({ page: 2, pageSize: 2 });
    expect(body.pager.total).toBeGreaterThan(4);
    expect(body.pager.nextPage).toContain('page=3');
    expect(body.pager.prevPage).toContain('page=1');
    expect(Object.keys(body.dataElements[0]).sort()).toEqual(['displayName', 'id']);
    const all = await get(province, '/api/dataElements.json?paging=false&fields=id');
    expect(all.pager).toBeUndefined();
    expect(all.dataElements).toHaveLength(body.pager.total);
  });

  it('filters by code and by name, and nests data set elements', async () => {
    const body = await get(province, '/api/dataSets?filter=code:eq:BTN_THANG&fields=id,code,periodType,categoryCombo[id],dataSetElements[dataElement[id,code]]');
    expect(body.dataSets).toHaveLength(1);
    const set = body.dataSets[0];
    expect(set).toMatchObject({ id: uidFor('dataSet', 'BTN_THANG'), code: 'BTN_THANG', periodType: 'Monthly', categoryCombo: { id: 'bRowv6yZOF2' } });
    expect(set.dataSetElements).toContainEqual({ dataElement: { id: uidFor('dataElement', 'SXHD_CASES'), code: 'SXHD_CASES' } });
    const byName = await get(province, '/api/dataSets?filter=name:ilike:THÁNG&fields=code&paging=false');
    expect(byName.dataSets.map((s: { code: string }) => s.code)).toContain('BTN_THANG');
    expect(byName.dataSets.map((s: { code: string }) => s.code)).not.toContain('BTN_TUAN');
  });

  it('gives one object with all its fields by UID, and DHIS2 404 for an unknown one', async () => {
    const uid = uidFor('dataElement', 'SXHD_CASES');
    const element = await get(province, `/api/dataElements/${uid}`);
    expect(element).toMatchObject({ id: uid, code: 'SXHD_CASES', domainType: 'AGGREGATE', categoryCombo: { id: expect.any(String) } });
    expect(element).not.toHaveProperty('created');
    const missing = await province.request('GET', '/api/dataElements/abcdefghijk');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ httpStatusCode: 404, status: 'ERROR', message: 'Không tìm thấy phần tử dữ liệu có mã định danh "abcdefghijk".' });
  });

  it('keeps org units within the caller scope, with DHIS2 paths of UIDs, parents and children', async () => {
    const all = await get(province, '/api/organisationUnits?paging=false&fields=code,level,path,parent[code],children[code]');
    const kontum = all.organisationUnits.find((u: { code: string }) => u.code === '62');
    expect(kontum.path).toBe(`/${uidFor('orgUnit', '62')}`);
    expect(kontum.children).toContainEqual({ code: '615' });
    const dakHa = all.organisationUnits.find((u: { code: string }) => u.code === '615');
    expect(dakHa).toMatchObject({ level: 2, path: `/${uidFor('orgUnit', '62')}/${uidFor('orgUnit', '615')}`, parent: { code: '62' } });

    const own = await get(district, '/api/organisationUnits?paging=false&fields=code');
    expect(own.organisationUnits.map((u: { code: string }) => u.code)).toEqual(['615']);
    expect((await district.request('GET', `/api/organisationUnits/${uidFor('orgUnit', '608')}`)).statusCode).toBe(404);
    // The parent outside the scope is only a reference: nothing of it is shown but its id.
    const self = await get(district, `/api/organisationUnits/${uidFor('orgUnit', '615')}?fields=parent[id,name]`);
    expect(self).toEqual({ parent: { id: uidFor('orgUnit', '62') } });
  });

  it('refuses malformed fields, filters and bounds naming the parameter', async () => {
    for (const [url, field] of [
      ['/api/dataSets?fields=id,parent[id', 'fields'],
      ['/api/dataSets?filter=code:giong:X', 'filter'],
      ['/api/dataSets?filter=code', 'filter'],
      ['/api/dataSets?pageSize=5000', 'pageSize'],
      ['/api/dataSets?page=0', 'page'],
      ['/api/dataSets/qua-ngan', 'uid'],
    ] as const) {
      const res = await province.request('GET', url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.details.map((d: { field: string }) => d.field), url).toContain(field);
    }
  });
});
