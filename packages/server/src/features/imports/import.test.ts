import { parseAdx, parseDataValueSetJson, parseDhis2Csv, toAdx, toDataValueSetJson, toDhis2Csv, comboResolverFromMetadata } from '@syt/core/interchange/index.ts';
import { DEFAULT_PACKAGE } from '@syt/core/metadata/default-package.ts';
import type { DataValue } from '@syt/core/datavalue/types.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';

const DISTRICTS = ['608', '615', '612', '611', '610', '617', '614', '613', '616', '618'];
const resolver = comboResolverFromMetadata(DEFAULT_PACKAGE);
const btn = DEFAULT_PACKAGE.dataSets.find((d) => d.code === 'BTN_THANG')!;
const elements = btn.sections.flatMap((s) => s.dataElements).filter((e) => e !== 'LAO_CASES');

/** `count` values of the district form, spread over districts and the months of 2022–2023. */
function valuesFor(count: number, seed = 1): DataValue[] {
  const out: DataValue[] = [];
  const months = Array.from({ length: 24 }, (_, i) => `${2022 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, '0')}`);
  for (let i = 0; out.length < count; i++) {
    const element = elements[i % elements.length]!;
    const orgUnit = DISTRICTS[Math.floor(i / elements.length) % DISTRICTS.length]!;
    const period = months[Math.floor(i / (elements.length * DISTRICTS.length)) % months.length]!;
    out.push({ dataElement: element, categoryOptionCombo: 'default', orgUnit, period, value: String((i * seed * 7) % 97) });
  }
  return out;
}

const key = (v: DataValue) => `${v.dataElement}|${v.categoryOptionCombo}|${v.orgUnit}|${v.period}`;
const sortValues = (vs: DataValue[]) => [...vs].map(({ dataElement, categoryOptionCombo, orgUnit, period, value }) => ({ dataElement, categoryOptionCombo, orgUnit, period, value })).sort((a, b) => key(a).localeCompare(key(b)));

describe.each(DIALECTS)('imports and exports on $name', (dialect) => {
  let t: TestApp;
  let officer: TestClient;
  let dakHa: TestClient;
  const countValues = async () => Number((await t.database.db.selectFrom('data_value').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const snapshot = async () => t.database.db.selectFrom('data_value').select(['data_element_id', 'org_unit_id', 'period', 'value']).orderBy('data_element_id').orderBy('org_unit_id').orderBy('period').execute();

  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-01-10T02:00:00Z'));
    officer = await signedIn(t, 'canbo', 'staff', '62', { canEditExpired: true });
    dakHa = await signedIn(t, 'dakha', 'reporter', '615');
  });
  afterAll(() => t.close());

  const formats = [
    { format: 'json', file: 'data.json', write: (v: DataValue[]) => toDataValueSetJson(v), read: (s: string) => parseDataValueSetJson(s).values },
    { format: 'csv', file: 'data.csv', write: (v: DataValue[]) => toDhis2Csv(v), read: (s: string) => parseDhis2Csv(s).values },
    { format: 'adx', file: 'data.xml', write: (v: DataValue[]) => toAdx(v, resolver), read: (s: string) => parseAdx(s, resolver).values },
  ] as const;

  it.each(formats)('round-trips 10,000 values exactly through $format', async ({ format, file, write, read }) => {
    await t.database.db.deleteFrom('data_value').execute();
    const values = valuesFor(10_000, format.length);
    const res = await officer.upload(`/api/imports?format=${format}`, file, write(values));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'SUCCESS', imported: 10_000, updated: 0, conflicts: [] });
    const periods = [...new Set(values.map((v) => v.period))].join(',');
    const exported = await officer.request('GET', `/api/exports?orgUnit=62&descendants=true&period=${periods}&format=${format}`);
    expect(exported.statusCode).toBe(200);
    expect(sortValues(read(exported.body))).toEqual(sortValues(values));
  });

  it('imports nothing when one row of 1,000 is bad, and names it', async () => {
    await t.database.db.deleteFrom('data_value').execute();
    const values = valuesFor(1000);
    values[417] = { ...values[417]!, dataElement: 'KHONG_TON_TAI' };
    const res = await officer.upload('/api/imports', 'data.json', toDataValueSetJson(values));
    expect(res.json()).toMatchObject({ status: 'ERROR', imported: 0, ignored: 1000 });
    expect(res.json().conflicts).toEqual([
      { index: 417, location: 'Giá trị thứ 418', code: 'KHONG_TON_TAI', field: 'dataElement', reason: 'Mã phần tử dữ liệu "KHONG_TON_TAI" không tồn tại.' },
    ]);
    expect(await countValues()).toBe(0);
  });

  it('counts updates and unchanged rows on a second import, and a dry run writes nothing', async () => {
    await t.database.db.deleteFrom('data_value_audit').execute();
    const values = valuesFor(1000);
    const changed = values.map((v, i) => (i < 100 ? { ...v, value: String(Number(v.value) + 1) } : v));
    const dry = await officer.upload('/api/imports?dryRun=true', 'data.json', toDataValueSetJson(changed));
    expect(dry.json()).toMatchObject({ status: 'SUCCESS', dryRun: true, imported: 1000 });
    expect(await countValues()).toBe(0);
    await officer.upload('/api/imports', 'data.json', toDataValueSetJson(values));
    const created = await t.database.db
      .selectFrom('data_value_audit as a')
      .innerJoin('data_value as v', (j) =>
        j.onRef('v.data_element_id', '=', 'a.data_element_id').onRef('v.org_unit_id', '=', 'a.org_unit_id').onRef('v.period', '=', 'a.period'),
      )
      .select(['a.new_value', 'v.value', 'a.old_value', 'a.changed_by'])
      .where('a.action', '=', 'CREATE')
      .execute();
    expect(created).toHaveLength(1000);
    expect(created.every((a) => a.new_value === a.value && a.old_value === null && a.changed_by === 'canbo')).toBe(true);
    const second = await officer.upload('/api/imports', 'data.json', toDataValueSetJson(changed));
    expect(second.json()).toMatchObject({ status: 'SUCCESS', imported: 0, updated: 100, ignored: 900 });
    const audit = await t.database.db.selectFrom('data_value_audit').select(['action', 'old_value', 'new_value']).where('action', '=', 'UPDATE').execute();
    expect(audit).toHaveLength(100);
    expect(audit.every((a) => Number(a.new_value) === Number(a.old_value) + 1)).toBe(true);
  });

  it('writes a CREATE audit row for each new value only, beside updates, where earlier rows were removed', async () => {
    const db = t.database.db;
    await db.deleteFrom('data_value').execute();
    await db.deleteFrom('data_value_audit').execute();
    const first = valuesFor(300);
    await officer.upload('/api/imports', 'data.json', toDataValueSetJson(first));
    // The unit of the last rows written: removing them lowers SQLite's largest rowid, which new values take again.
    const unit = await db.selectFrom('org_unit').select('id').where('code', '=', first.at(-1)!.orgUnit).executeTakeFirstOrThrow();
    const removed = Number((await db.deleteFrom('data_value').where('org_unit_id', '=', unit.id).executeTakeFirst()).numDeletedRows);
    expect(removed).toBeGreaterThan(0);
    const { last } = await db.selectFrom('data_value_audit').select((eb) => eb.fn.max('id').as('last')).executeTakeFirstOrThrow();
    const changed = valuesFor(400).map((v, i) => (i < 100 ? { ...v, value: String(Number(v.value) + 1) } : v));
    const res = await officer.upload('/api/imports', 'data.json', toDataValueSetJson(changed));
    const { imported, updated } = res.json();
    expect(imported).toBe(100 + removed);
    expect(updated).toBeGreaterThan(0);
    const audit = await db
      .selectFrom('data_value_audit as a')
      .innerJoin('data_value as v', (j) =>
        j.onRef('v.data_element_id', '=', 'a.data_element_id').onRef('v.org_unit_id', '=', 'a.org_unit_id').onRef('v.period', '=', 'a.period'),
      )
      .select(['a.action', 'a.old_value', 'a.new_value', 'v.value', 'v.data_element_id', 'v.org_unit_id', 'v.period'])
      .where('a.id', '>', Number(last))
      .execute();
    const created = audit.filter((a) => a.action === 'CREATE');
    expect(created).toHaveLength(imported);
    expect(audit.filter((a) => a.action === 'UPDATE')).toHaveLength(updated);
    expect(new Set(created.map((a) => `${a.data_element_id}|${a.org_unit_id}|${a.period}`)).size).toBe(imported);
    expect(created.every((a) => a.old_value === null && a.new_value === a.value)).toBe(true);
  });

  it('refuses values outside the reporter\'s scope, in closed windows or approved forms, storing nothing', async () => {
    const before = await snapshot();
    const other = await dakHa.upload('/api/imports', 'x.json', toDataValueSetJson([{ dataElement: 'TCM_CASES', categoryOptionCombo: 'default', orgUnit: '612', period: '202312', value: '3' }]));
    expect(other.json().conflicts[0]).toMatchObject({ field: 'orgUnit', reason: 'Đơn vị Đăk Tô nằm ngoài phạm vi được phân quyền.' });
    const closed = await dakHa.upload('/api/imports', 'x.json', toDataValueSetJson([{ dataElement: 'TCM_CASES', categoryOptionCombo: 'default', orgUnit: '615', period: '202310', value: '3' }]));
    expect(closed.json().conflicts[0].reason).toContain('hết hạn nhập liệu');
    await dakHa.request('PUT', '/api/data-values', { dataElement: 'TCM_CASES', orgUnit: '615', period: '202312', value: '2' });
    expect((await dakHa.request('POST', '/api/forms/submit', { dataSet: 'BTN_THANG', orgUnit: '615', period: '202312' })).statusCode).toBe(200);
    expect((await officer.request('POST', '/api/forms/approve', { dataSet: 'BTN_THANG', orgUnit: '615', period: '202312' })).statusCode).toBe(200);
    const afterApproval = await snapshot();
    const locked = await officer.upload('/api/imports', 'x.csv', toDhis2Csv([{ dataElement: 'TCM_CASES', categoryOptionCombo: 'default', orgUnit: '615', period: '202312', value: '9' }]));
    expect(locked.json()).toMatchObject({ status: 'ERROR' });
    expect(locked.json().conflicts[0].reason).toContain('đã được duyệt');
    expect(await snapshot()).toEqual(afterApproval);
    expect(afterApproval.length).toBe(before.length + 1);
  });

  it('tells a role that enters nothing so, for a file and for a cell, before reading any row', async () => {
    const viewer = await signedIn(t, 'xem', 'viewer', '62');
    const leader = await signedIn(t, 'lanhdao', 'leader', '62');
    const row = { dataElement: 'TCM_CASES', categoryOptionCombo: 'default', orgUnit: '616', period: '202312', value: '3' };
    const before = await snapshot();
    for (const [client, role] of [[viewer, 'Người xem'], [leader, 'Lãnh đạo']] as const) {
      const file = await client.upload('/api/imports?dryRun=true', 'x.json', toDataValueSetJson([row]));
      expect(file.statusCode).toBe(403);
      expect(file.json().error.message).toBe(
        `Vai trò ${role} không được nhập hay nộp số liệu (kể cả nhập từ tệp): việc này do đơn vị báo cáo, chuyên viên Sở hoặc quản trị viên thực hiện.`,
      );
      expect(file.body).not.toContain('ngoài phạm vi');
      const cell = await client.request('PUT', '/api/data-values', { dataElement: 'TCM_CASES', orgUnit: '616', period: '202312', value: '3' });
      expect(cell.statusCode).toBe(403);
      expect(cell.json().error.message).toContain(`Vai trò ${role} không được nhập`);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('reports a malformed file as one conflict for the file', async () => {
    const res = await officer.upload('/api/imports', 'broken.json', '{"dataValues": [');
    expect(res.json().status).toBe('ERROR');
    expect(res.json().conflicts[0]).toMatchObject({ index: null, field: 'file' });
  });
});
