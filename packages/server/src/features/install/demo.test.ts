import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS, type TestDatabase } from '../../test/dialects.ts';
import { completeness } from '../completeness/completeness.service.ts';
import { countDataValues } from '../data-values/data-value.repository.ts';
import { DEMO_USERS, loadDemo } from './demo.service.ts';
import { parsePeriod } from '@syt/core/period/index.ts';
import { writeMonthlyReport } from '@syt/core/report/index.ts';
import { kontumReportInput } from '@syt/core/report/monthly/golden/seed-001-input.ts';
import type { ReportDocument } from '@syt/core/report/index.ts';
import { findOrgUnitByCode } from '../org-units/org-unit.repository.ts';
import { monthlyReportInput } from '../reports/report-input.service.ts';

/** The dengue bullet's sentences of a written report. */
function dengueOf(doc: ReportDocument) {
  const disease = doc.results.sections[0]!.children[0]!;
  const block = disease.blocks.find((b) => b.kind === 'generated' && b.id === 'disease.SXHD');
  return block && block.kind === 'generated' ? block.sentences : [];
}

describe.each(DIALECTS)('the demo installation on $name', (dialect) => {
  let database: TestDatabase;
  // 09:00 on 3 January 2024 in Vietnam, as the end-to-end journeys run: December's forms are still coming in.
  const clock = new ManualClock('2024-01-03T02:00:00Z');
  beforeAll(async () => {
    database = await dialect.create();
    await loadDemo({ db: database.db, clock });
  });
  afterAll(() => database.drop());

  /** Sum of an element over org units for periods, straight from the table. */
  async function total(element: string, periods: string[], orgUnit?: string) {
    let q = database.db
      .selectFrom('data_value as v')
      .innerJoin('data_element as de', 'de.id', 'v.data_element_id')
      .innerJoin('org_unit as ou', 'ou.id', 'v.org_unit_id')
      .select('v.value')
      .where('de.code', '=', element)
      .where('v.period', 'in', periods);
    if (orgUnit) q = q.where('ou.code', '=', orgUnit);
    return (await q.execute()).reduce((sum, r) => sum + Number(r.value), 0);
  }
  const months = (year: number, to: number) => Array.from({ length: to }, (_, i) => `${year}${String(i + 1).padStart(2, '0')}`);

  it('stores every month 2019-01…2023-12, the yearly form 2019…2023, and matches the November 2023 report', async () => {
    const stored = await database.db.selectFrom('data_value').select('period').distinct().orderBy('period').execute();
    const periods = stored.filter((p) => p.period.length === 6);
    expect(periods).toHaveLength(60);
    expect(periods[0]!.period).toBe('201901');
    expect(periods.at(-1)!.period).toBe('202312');
    expect(stored.filter((p) => p.period.length === 4).map((p) => p.period)).toEqual(['2019', '2020', '2021', '2022', '2023']);
    // "Tay - Chân - Miệng: … 17 ca mắc mới (thành phố Kon Tum 03, Ngọc Hồi 07, Đăk Glei 06, Ia H'Drai 01),
    //  tăng 04 ca so với tháng trước, tăng 14 ca so với tháng 11/2022. Lũy tích … 142 ca …, tăng 78 ca"
    expect(await total('TCM_CASES', ['202311'])).toBe(17);
    expect(await total('TCM_CASES', ['202311'], '611')).toBe(7);
    expect(await total('TCM_CASES', ['202310'])).toBe(13);
    expect(await total('TCM_CASES', ['202211'])).toBe(3);
    expect(await total('TCM_CASES', months(2023, 11))).toBe(142);
    expect(await total('TCM_CASES', months(2022, 11))).toBe(64);
    // "Sốt xuất huyết Dengue: … 24 ổ dịch … 43 ca mắc mới … Lũy tích … 422 ca"
    expect(await total('SXHD_OUTBREAKS', ['202311'])).toBe(24);
    expect(await total('SXHD_CASES', ['202311'], '608')).toBe(16);
    expect(await total('SXHD_CASES', months(2023, 11))).toBe(422);
    // "Tổng số công dân nhập cảnh được kiểm tra, giám sát trong tháng: 7.884 người."
    expect(await total('KDYT_CHECKED', ['202311'], '62')).toBe(7884);
  });

  it('holds the typed dengue outbreaks as HISTORY records, from which the report writes what the seed says', async () => {
    const records = await database.db
      .selectFrom('outbreak')
      .select(['source', 'status', 'closed_on'])
      .where('start_date', '>=', '2023-11-01')
      .where('start_date', '<=', '2023-11-30')
      .execute();
    expect(records).toHaveLength(24);
    expect(records.every((r) => r.source === 'HISTORY' && r.closed_on === null)).toBe(true);
    const year = await database.db.selectFrom('outbreak').select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('start_date', '>=', '2023-01-01').where('start_date', '<=', '2023-11-30').executeTakeFirstOrThrow();
    expect(Number(year.n)).toBe(await total('SXHD_OUTBREAKS', months(2023, 11)));
    // The dengue paragraph written from the records is the one the golden test writes from the typed counts.
    const unit = (await findOrgUnitByCode(database.db, '62'))!;
    const fromRecords = writeMonthlyReport(await monthlyReportInput(database.db, unit, parsePeriod('202311'), { includeDrafts: true }));
    const fromCounts = writeMonthlyReport(kontumReportInput('202311'));
    const texts = (doc: ReportDocument) => dengueOf(doc).map((s) => ({ text: s.text, footnotes: s.footnotes }));
    expect(texts(fromRecords)).toEqual(texts(fromCounts));
    expect(texts(fromRecords).map((s) => s.text)).toContain('Lũy tích đến 30/11/2023, ghi nhận 158 ổ dịch.');
  });

  it('has a submission history: completeness for November 2023 lists every district', async () => {
    const rows = await database.db
      .selectFrom('data_set_report as r')
      .innerJoin('data_set as d', 'd.id', 'r.data_set_id')
      .select(['r.status'])
      .where('d.code', '=', 'BTN_THANG')
      .where('r.period', '=', '202311')
      .execute();
    expect(rows).toHaveLength(10);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['SUBMITTED']));
    const staff = { id: 0, username: 'canbo', role: 'staff' as const, scopePath: '/62/', canEditExpired: false };
    const view = await completeness({ db: database.db, clock }, staff, 'BTN_THANG', '202311');
    expect(view.rows).toHaveLength(10);
    for (const row of view.rows) expect(['SUBMITTED_ON_TIME', 'SUBMITTED_LATE']).toContain(row.status);
    expect(view.summary.reportingRate).toBe(100);
    expect(view.summary.onTimeRate).toBe((view.rows.filter((r) => r.onTime).length / 10) * 100);
  });

  it('writes no moment after its clock: December is only partly sent, nothing of it approved', async () => {
    const now = clock.now().toISOString();
    const rows = await database.db.selectFrom('data_set_report').select(['period', 'status', 'submitted_at', 'approved_at', 'updated_at']).execute();
    const later = rows.filter((r) => [r.submitted_at, r.approved_at, r.updated_at].some((at) => at !== null && new Date(at).toISOString() > now));
    expect(later).toEqual([]);
    // The demo's units send in office hours from the 3rd: at 09:00 on the 3rd none has sent December yet.
    expect(rows.filter((r) => r.period === '202312')).toEqual([]);
    expect(rows.filter((r) => r.period === '202311')).toHaveLength(11);
    const values = await database.db.selectFrom('data_value').select((eb) => eb.fn.max('updated_at').as('last')).executeTakeFirstOrThrow();
    expect(new Date(values.last as string).toISOString() <= now).toBe(true);
  });

  it('creates one demo account per role and the CDC\'s, and keeps the data with --if-empty', async () => {
    const users = await database.db.selectFrom('app_user').select(['username', 'role']).orderBy('id').execute();
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['admin', 'leader', 'reporter', 'staff', 'viewer']));
    expect(users.map((u) => u.username)).toEqual(DEMO_USERS.map((u) => u.username));
    const before = await countDataValues(database.db);
    expect(await loadDemo({ db: database.db, clock }, { ifEmpty: true })).toMatchObject({ skipped: true });
    expect(await countDataValues(database.db)).toBe(before);
  });
});
