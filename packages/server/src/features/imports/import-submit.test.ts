import { toDataValueSetJson } from '@syt/core/interchange/index.ts';
import type { DataValue } from '@syt/core/datavalue/types.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, TestClient, type TestApp } from '../../test/harness.ts';
import type { ResolvedRow } from './import-check.ts';
import { filledForms, IMPORT_SUBMIT_MAX_FORMS, tooManyForms } from './import-submit.service.ts';

/** Figures two districts sent on paper for December 2023, loaded by the department on 10 January 2024. */
const value = (orgUnit: string, dataElement: string, v: string): DataValue => ({ dataElement, categoryOptionCombo: 'default', orgUnit, period: '202312', value: v });
const paperFigures = [value('615', 'SXHD_CASES', '4'), value('615', 'SXHD_DEATHS', '0'), value('612', 'TCM_CASES', '2')];
const form = (orgUnit: string) => new URLSearchParams({ dataSet: 'BTN_THANG', orgUnit, period: '202312' }).toString();

describe.each(DIALECTS)('an import that submits its forms on $name', (dialect) => {
  let t: TestApp;
  let officer: TestClient;
  const workflow = async (orgUnit: string) => (await officer.request('GET', `/api/forms?${form(orgUnit)}`)).json().workflow;
  const stored = async () => (await t.database.db.selectFrom('data_value').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n;
  const reports = () => t.database.db.selectFrom('data_set_report').select(['org_unit_id', 'status', 'submitted_by']).execute();

  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-01-10T02:00:00Z'));
    officer = await signedIn(t, 'canbo', 'staff', '62');
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.database.db.deleteFrom('data_set_report_event').execute();
    await t.database.db.deleteFrom('data_set_report').execute();
    await t.database.db.deleteFrom('data_value').execute();
  });

  it('leaves the imported values as drafts without the option', async () => {
    const res = await officer.upload('/api/imports', 'giay.json', toDataValueSetJson(paperFigures));
    expect(res.json()).toMatchObject({ status: 'SUCCESS', imported: 3, submitted: [], submittedTotal: 0 });
    expect((await workflow('615')).status).toBe('IN_PROGRESS');
    expect(await reports()).toEqual([]);
  });

  it('marks every form the file fills as submitted by the importer, and says which', async () => {
    const res = await officer.upload('/api/imports?submit=true', 'giay.json', toDataValueSetJson(paperFigures));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'SUCCESS', imported: 3, submittedTotal: 2 });
    expect(res.json().submitted).toEqual([
      { dataSet: 'BTN_THANG', dataSetName: 'Báo cáo bệnh truyền nhiễm tháng', orgUnit: '615', orgUnitName: 'Đăk Hà', period: '202312' },
      { dataSet: 'BTN_THANG', dataSetName: 'Báo cáo bệnh truyền nhiễm tháng', orgUnit: '612', orgUnitName: 'Đăk Tô', period: '202312' },
    ]);
    for (const unit of ['615', '612']) {
      expect(await workflow(unit)).toMatchObject({ status: 'SUBMITTED_LATE', submittedBy: 'canbo', submittedAt: '2024-01-10T02:00:00.000Z' });
    }
    expect((await workflow('611')).status).toBe('NOT_STARTED');
    const events = await t.database.db.selectFrom('data_set_report_event').select(['action', 'actor']).execute();
    expect(events).toEqual([{ action: 'SUBMIT', actor: 'canbo' }, { action: 'SUBMIT', actor: 'canbo' }]);
  });

  it('stores nothing when one form fails a submission check, naming the form and the unit', async () => {
    const bad = [...paperFigures, value('612', 'SXHD_CASES', '1'), value('612', 'SXHD_DEATHS', '3')];
    const res = await officer.upload('/api/imports?submit=true', 'giay.json', toDataValueSetJson(bad));
    expect(res.json()).toMatchObject({ status: 'ERROR', imported: 0, ignored: 5, conflictsTotal: 1, submitted: [], submittedTotal: 0 });
    const [conflict] = res.json().conflicts;
    expect(conflict).toMatchObject({ index: null, code: 'BTN_THANG', field: 'submit' });
    expect(conflict.location).toBe('Biểu mẫu "Báo cáo bệnh truyền nhiễm tháng", đơn vị Đăk Tô, kỳ 202312');
    expect(conflict.reason).toBe('Chưa thể nộp: có lỗi kiểm tra mức độ cao cần sửa trước. Số tử vong do Sốt xuất huyết Dengue không được lớn hơn số mắc.');
    expect(Number(await stored())).toBe(0);
    expect(await reports()).toEqual([]);
  });

  it('lets a district reporter submit its own form, and refuses one outside its scope without storing anything', async () => {
    const dakHa = await signedIn(t, 'dakha', 'reporter', '615');
    const own = await dakHa.upload('/api/imports?submit=true', 'giay.json', toDataValueSetJson(paperFigures.slice(0, 2)));
    expect(own.json()).toMatchObject({ status: 'SUCCESS', submittedTotal: 1, submitted: [{ orgUnit: '615' }] });
    expect(await workflow('615')).toMatchObject({ status: 'SUBMITTED_LATE', submittedBy: 'dakha' });
    const other = await dakHa.upload('/api/imports?submit=true', 'giay.json', toDataValueSetJson([value('612', 'TCM_CASES', '2')]));
    expect(other.json()).toMatchObject({ status: 'ERROR', submittedTotal: 0 });
    expect(other.json().conflicts[0].reason).toBe('Đơn vị Đăk Tô nằm ngoài phạm vi được phân quyền.');
    expect((await workflow('612')).status).toBe('NOT_STARTED');
  });

  it('checks the submissions in a dry run and stores nothing', async () => {
    const res = await officer.upload('/api/imports?submit=true&dryRun=true', 'giay.json', toDataValueSetJson(paperFigures));
    expect(res.json()).toMatchObject({ status: 'SUCCESS', dryRun: true, imported: 3, submittedTotal: 2 });
    expect(Number(await stored())).toBe(0);
    expect(await reports()).toEqual([]);
  });

  it('refuses a file that fills a form already submitted, storing nothing', async () => {
    await officer.upload('/api/imports?submit=true', 'giay.json', toDataValueSetJson([value('615', 'TCM_CASES', '1')]));
    const res = await officer.upload('/api/imports?submit=true', 'giay.json', toDataValueSetJson(paperFigures));
    expect(res.json()).toMatchObject({ status: 'ERROR', conflictsTotal: 2 });
    expect(res.json().conflicts[0].reason).toMatch(/^Biểu mẫu ".+" của đơn vị Đăk Hà kỳ 202312 đã nộp: cần mở lại trước khi sửa số liệu\.$/);
    expect(Number(await stored())).toBe(1);
  });
});

describe('the forms a file fills', () => {
  const btn = { id: 1, code: 'BTN_THANG', name: 'Báo cáo bệnh truyền nhiễm tháng' };
  const row = (unit: number, period: string, value: string | null) => ({ org_unit_id: unit, period, value, forms: [btn] }) as unknown as ResolvedRow;

  it('are the distinct forms of the rows that carry a value, in file order; a deletion fills none', () => {
    const forms = filledForms([row(2, '202312', '1'), row(1, '202312', '3'), row(2, '202312', '4'), row(3, '202312', null)]);
    expect(forms.map((f) => `${f.dataSet}|${f.orgUnitId}|${f.period}`)).toEqual(['BTN_THANG|2|202312', 'BTN_THANG|1|202312']);
  });

  it('are refused as a whole past the limit, saying how many and how many are allowed', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i, '202312', '1'));
    expect(tooManyForms(filledForms(rows(IMPORT_SUBMIT_MAX_FORMS)))).toBeNull();
    expect(tooManyForms(filledForms(rows(IMPORT_SUBMIT_MAX_FORMS + 1)))).toEqual({
      index: null, location: null, code: null, field: 'submit',
      reason: 'Tệp điền 2.001 biểu mẫu, quá giới hạn 2.000 biểu mẫu được đánh dấu đã nộp trong một lần nhập: hãy chia thành nhiều tệp nhỏ hơn.',
    });
  });
});
