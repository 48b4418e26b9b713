import { dhis2Sample, MALE_COC } from '@syt/core/dhis2-metadata/dhis2-sample.fixture.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';
import { exportMetadata } from './metadata.service.ts';

describe.each(DIALECTS)('DHIS2 metadata JSON on $name', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let staff: TestClient;
  let reporter: TestClient;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await signedIn(t, 'quantri', 'admin', '62');
    staff = await signedIn(t, 'chuyenvien', 'staff', '62');
    reporter = await signedIn(t, 'dakha', 'reporter', '615');
  });
  afterAll(() => t.close());

  it('refuses broken references naming object, field and id, with nothing changed', async () => {
    const before = await exportMetadata(t.database.db);
    const doc = dhis2Sample();
    doc.dataElements[1]!.categoryCombo = { id: 'AAAAAAAAAAA' };
    const res = await admin.request('POST', '/api/metadata', doc);
    expect(res.statusCode).toBe(409);
    const report = res.json();
    expect(report.status).toBe('ERROR');
    const objectReport = report.response.typeReports.find(
      (r: { klass: string }) => r.klass === 'org.hisp.dhis.dataelement.DataElement',
    ).objectReports[0];
    expect(objectReport).toMatchObject({ index: 1, uid: 'YtbsuPPo010' });
    expect(objectReport.errorReports[0]).toMatchObject({
      errorCode: 'E5002',
      errorProperty: 'categoryCombo.id',
      message:
        'Phần tử dữ liệu "Số liều sởi" (YtbsuPPo010): categoryCombo.id trỏ tới id "AAAAAAAAAAA" không có trong tệp hay trong hệ thống',
    });
    expect(await exportMetadata(t.database.db)).toEqual(before);
  });

  it('refuses what the package checks find after reading (a malformed expression), with nothing changed', async () => {
    const before = await exportMetadata(t.database.db);
    const doc = dhis2Sample();
    doc.validationRules[0]!.leftSide.expression = '#{YtbsuPPo010} +';
    const res = await admin.request('POST', '/api/metadata', doc);
    expect(res.statusCode).toBe(409);
    expect(JSON.stringify(res.json().response.typeReports)).toContain('Biểu thức không hợp lệ');
    expect(await exportMetadata(t.database.db)).toEqual(before);
  });

  it('validates only with importMode=VALIDATE', async () => {
    const before = await exportMetadata(t.database.db);
    const res = await admin.request('POST', '/api/metadata?importMode=VALIDATE', dhis2Sample());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'OK', response: { importParams: { importMode: 'VALIDATE' } } });
    expect((await admin.request('POST', '/api/metadata?dryRun=true', dhis2Sample())).statusCode).toBe(200);
    expect(await exportMetadata(t.database.db)).toEqual(before);
    const partial = await admin.request('POST', '/api/metadata?atomicMode=NONE', dhis2Sample());
    expect(partial.statusCode).toBe(400);
    expect(partial.json().error.details[0].field).toBe('atomicMode');
  });

  it('imports a small DHIS2 instance with its UIDs, and exports them back', async () => {
    const res = await admin.request('POST', '/api/metadata', dhis2Sample());
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.status).toBe('OK');
    expect(report.response.stats).toMatchObject({ created: 10, updated: 1 });
    expect(report.response.warnings.map((w: { message: string }) => w.message)).toContain(
      'Thuộc tính "geometry" của 1 đơn vị không có chỗ trong SYT nên không được nhập',
    );
    const stored = await exportMetadata(t.database.db);
    expect(stored.dataElements.find((e) => e.code === 'TA_P0Y--P5Y')).toMatchObject({
      uid: 'YtbsuPPo010',
      categoryCombo: 'GENDER',
    });
    expect(stored.categoryOptionCombos.find((oc) => oc.code === 'COC_MALE')).toMatchObject({
      uid: MALE_COC,
      categoryCombo: 'GENDER',
    });
    expect(stored.orgUnits.find((u) => u.code === 'OU_264')).toMatchObject({
      uid: 'O6uvpzGd5pu',
      parent: 'OU_525',
      level: 2,
    });
    expect(stored.dataSetAssignments.DS_394131).toEqual(['OU_264', 'OU_193190']);

    const exported = await staff.request('GET', '/api/metadata');
    expect(exported.statusCode).toBe(200);
    const doc = exported.json();
    expect(doc.dataElements.find((e: { code: string }) => e.code === 'TA_P0Y--P5Y')).toMatchObject({
      id: 'YtbsuPPo010',
      categoryCombo: { id: 'dPmavA0qloX' },
    });
    expect(doc.indicators.find((i: { code: string }) => i.code === 'IN_52462').numerator).toBe(
      `(#{YtbsuPPo010.${MALE_COC}}) / (#{YtbsuPPo010}) * 100`,
    );
  });

  it('round-trips: exporting then importing the export keeps every UID and changes nothing', async () => {
    const before = await exportMetadata(t.database.db);
    const doc = (await admin.request('GET', '/api/metadata')).json();
    const res = await admin.request('POST', '/api/metadata', doc);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().response.stats.created).toBe(0);
    expect(await exportMetadata(t.database.db)).toEqual(before);
    expect((await admin.request('GET', '/api/metadata')).json()).toEqual(doc);
  });

  it('keeps the export to staff and admins, and the import to admins', async () => {
    expect((await reporter.request('GET', '/api/metadata')).statusCode).toBe(403);
    expect((await staff.request('POST', '/api/metadata', {})).statusCode).toBe(403);
  });
});
