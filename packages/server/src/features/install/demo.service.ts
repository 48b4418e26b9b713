import { vietnamDate } from '@syt/core/completeness/index.ts';
import {
  generateDemoPlanTargets, generateDemoSubmissions, generateDemoValues, generateWeeklyDemoValues, generateWeeklySubmissions, generateYearlySubmissions,
  generateYearlyValues, type DemoSubmission,
} from '@syt/core/demo/index.ts';
import { DEFAULT_PACKAGE } from '@syt/core/metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '@syt/core/orgunit/kontum.ts';
import { countDataValues } from '../data-values/data-value.repository.ts';
import { storeTrustedValues } from '../data-values/data-value.service.ts';
import { idsByCode, type Executor } from '../metadata/upsert.ts';
import { generateBoundsUnder } from '../quality/bounds.service.ts';
import { findUserByUsername } from '../users/user.repository.ts';
import { storeDemoTargets } from './demo-targets.ts';
import { syncTypedOutbreakCounts } from '../outbreaks/typed-outbreaks.repository.ts';
import { createUserRow, rootCode, setupInstallation, type InstallContext, type UserSeed } from './install.service.ts';

/** The one password of every demo account (printed by `syt demo`; never use in production). */
export const DEMO_PASSWORD = 'SoYTe@2024!';

/**
 * One demo user per role (the reporter is the Đăk Hà district health centre), the CDC's, which agrees the districts'
 * targets in its field, and a staff member of Quảng Ngãi, the province Kon Tum has been part of since 01/07/2025.
 */
export const DEMO_USERS: UserSeed[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', orgUnitCode: '62', canEditExpired: true },
  { username: 'chuyenvien', displayName: 'Nguyễn Văn An (Phòng KHTC)', role: 'staff', orgUnitCode: '62', canEditExpired: true },
  { username: 'lanhdao', displayName: 'Trần Thị Bình (Giám đốc Sở)', role: 'leader', orgUnitCode: '62' },
  { username: 'dakha', displayName: 'TTYT huyện Đăk Hà', role: 'reporter', orgUnitCode: '615' },
  { username: 'ttksbt', displayName: 'Trung tâm Kiểm soát bệnh tật tỉnh', role: 'reporter', orgUnitCode: 'KT_CDC' },
  { username: 'xem', displayName: 'Người xem báo cáo', role: 'viewer', orgUnitCode: '62' },
  // Since 01/07/2025 Kon Tum is part of Quảng Ngãi: the department's staff of today's province.
  { username: 'quangngai', displayName: 'Lê Minh Châu (Sở Y tế Quảng Ngãi)', role: 'staff', orgUnitCode: '51', canEditExpired: true },
];

/**
 * Setup plus the demo values (the monthly forms' and the yearly one's), the plan targets decided up to the clock's
 * day, and the users. With `ifEmpty`, does nothing to a database that already has values.
 */
export async function loadDemo(ctx: InstallContext, options: { ifEmpty?: boolean } = {}) {
  await setupInstallation(ctx);
  if (options.ifEmpty && (await countDataValues(ctx.db)) > 0) return { loaded: 0, skipped: true };
  // Zeros included: a unit that reports "0 cases" has reported, which completeness will need.
  const monthly = generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { includeZeros: true });
  const today = vietnamDate(ctx.clock.now());
  // The weekly form's weeks, split from the monthly figures (zeros left out: a sent week's form says it was reported).
  const weekly = generateWeeklyDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, monthly, { today });
  const values = [...monthly, ...weekly, ...generateYearlyValues()];
  const now = ctx.clock.now().toISOString();
  const targets = generateDemoPlanTargets(KONTUM_ORG_UNITS, today);
  const loaded = await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('data_value').execute();
    await trx.deleteFrom('data_set_report').execute();
    await storeSubmissions(trx, [
      ...generateDemoSubmissions(KONTUM_ORG_UNITS, now),
      ...generateWeeklySubmissions(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { now, today }),
      ...generateYearlySubmissions(now),
    ]);
    await storeDemoTargets(trx, targets, now);
    const stored = await storeTrustedValues(trx, values, 'demo', now);
    // The demo's dengue outbreaks are typed monthly counts: the report reads them as records (closure unknown).
    await syncTypedOutbreakCounts(trx, now);
    return stored;
  });
  // Min–max bounds from the history just loaded, so entry and the outlier analysis work from the first sign-in.
  const root = await ctx.db.selectFrom('org_unit').select('path').where('code', '=', rootCode()).executeTakeFirstOrThrow();
  for (const dataSet of DEFAULT_PACKAGE.dataSets) await generateBoundsUnder(ctx, dataSet.code, root.path, 'demo');
  for (const seed of DEMO_USERS) {
    if (!(await findUserByUsername(ctx.db, seed.username))) await createUserRow(ctx, seed, DEMO_PASSWORD);
  }
  return { loaded, targets: targets.length, skipped: false, root: rootCode() };
}

/** The demo's form history: who submitted when, and which forms the department approved. */
export async function storeSubmissions(db: Executor, submissions: DemoSubmission[]): Promise<void> {
  const dataSets = await idsByCode(db, 'data_set');
  const units = await idsByCode(db, 'org_unit');
  const rows = submissions.map((s) => ({
    data_set_id: dataSets.get(s.dataSet)!,
    org_unit_id: units.get(s.orgUnit)!,
    period: s.period,
    status: s.status,
    submitted_at: s.submittedAt,
    submitted_by: 'demo',
    approved_at: s.approvedAt,
    approved_by: s.approvedAt ? 'demo' : null,
    reopen_reason: null,
    updated_at: s.approvedAt ?? s.submittedAt,
  }));
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('data_set_report').values(rows.slice(i, i + 500)).execute();
}
