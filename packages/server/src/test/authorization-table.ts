/**
 * Route × role × scope: who may call every route of the API. `authorization.test.ts` holds it against the routes the
 * application registers (a route missing here fails the test), then calls each one anonymously, with an absolute
 * request target, as every role of the province (62), and as every role of district 615 inside and outside its scope.
 * Adding a route is one line: `rule('METHOD /api/url', ROLES_ALLOWED, scope?, call?)`.
 */
import { ROLES, type Role } from '@syt/core/api/contract.ts';
import { uidFor } from '@syt/core/metadata/uid.ts';
import { storeTrustedValues } from '../features/data-values/data-value.service.ts';
import { PDF, XLSX, type Caller, type Where, type World } from './authorization-world.ts';

/** What one call sends: a URL with its query, and a JSON body or a multipart form with one file. */
export interface Call {
  url: string;
  body?: unknown;
  form?: { fields: Record<string, string>; file: { name: string; content: Buffer } };
}

/** What a call is built from: the world, which side of the scope it aims at (`unit` is 615 or 608) and who calls. */
export interface CallContext {
  w: World;
  where: Where;
  unit: string;
  o: World['objects'][Where];
  caller: Caller;
}

export interface RouteRule {
  method: string;
  url: string;
  public: boolean;
  /** Roles that get past authorisation (any status but 401/403/404); the others get 403. */
  roles: readonly Role[];
  /** `unit`: a district-615 caller is refused the 608 variant; `root`: only a province-scoped caller passes. */
  scope: 'none' | 'unit' | 'root';
  /** District roles whose scope the check applies to (default: every allowed role). */
  scopeRoles?: readonly Role[];
  call: (c: CallContext) => Call | Promise<Call>;
  /** Signs the caller out: run with a session of its own. */
  endsSession?: boolean;
}

type Build = RouteRule['call'];
type Extra = Partial<Pick<RouteRule, 'scopeRoles' | 'endsSession'>>;

const ALL = ROLES;
const ADMIN: Role[] = ['admin'];
const ENTER: Role[] = ['admin', 'staff', 'reporter'];
const APPROVE: Role[] = ['admin', 'staff', 'leader'];
const MANAGE: Role[] = ['admin', 'staff', 'leader'];
const WRITE: Role[] = ['admin', 'staff'];
/** Finalising reports, and the second factor: the roles that sign. */
const FINALIZE: Role[] = ['admin', 'leader'];
const PROGRESS: Role[] = ['admin', 'staff', 'reporter'];
/** Directives are the department's documents: staff, leaders and admins see them all, a unit only its own. */
const UNIT_ROLES: Role[] = ['reporter', 'viewer'];

function rule(route: string, roles: readonly Role[], scope: RouteRule['scope'] = 'none', call?: Build, extra: Extra = {}): RouteRule {
  const [method, url] = route.split(' ') as [string, string];
  return { method, url, public: false, roles, scope, call: call ?? (() => ({ url })), ...extra };
}
const publicRule = (route: string, call?: Build): RouteRule => ({ ...rule(route, ALL, 'none', call), public: true });
/** A one-unit pivot of dengue over two months, for the analytics export routes. */
const pivotOf = (unit: string) => ({
  query: { dx: ['SXHD_CASES'], ou: [unit], pe: ['202401', '202402'] },
  layout: { rows: ['ou'], columns: ['pe'], totals: { rows: true, columns: true }, subtotals: false, hideEmptyRows: false, hideEmptyColumns: false, sort: null },
});

const cell = (unit: string) => `dataElement=SXHD_CASES&orgUnit=${unit}&period=202402`;
const form = (unit: string) => ({ dataSet: 'BTN_THANG', orgUnit: unit, period: '202402' });
const formQuery = (unit: string) => `dataSet=BTN_THANG&orgUnit=${unit}&period=202402`;
const task = (unit: string, title = 'Nhiệm vụ') => ({ title, field: 'PHONG_BENH', lead: unit, deadline: { kind: 'ONGOING' } });
const file = (name: string, content: Buffer, fields: Record<string, string> = {}) => ({ fields, file: { name, content } });
/** A request's unit the caller answers for: the province's own for province callers (its reporters see no other). */
const ownUnit = (c: CallContext) => (c.caller.scope === '62' ? '62' : c.unit);
/** A target the decision gives a unit, each call under a decision of its own (a second with the same number is refused). */
const target = (unit: string) => ({
  year: 2023, orgUnit: unit, item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', value: 100,
  decision: { number: `${++serial}/QĐ-SYT`, date: '2023-01-10' },
});
let serial = 0;
const fresh = (prefix: string) => `${prefix}${++serial}`;
const emptyPackage = { categories: [], categoryCombos: [], dataElements: [], dataSets: [], indicators: [], validationRules: [], diseases: [] };
/** A saved chart and a dashboard, each created by the caller itself (every role may save its own). */
const favourite = {
  name: 'Sốt xuất huyết theo tháng', kind: 'chart', query: { dx: ['SXHD_CASES'], ou: ['USER_ORGUNIT'], pe: ['LAST_12_MONTHS'] },
  layout: { type: 'line', series: 'dx', category: 'pe' }, sharing: { users: [], roles: [] },
};
const dashboard = { name: 'Bảng của tôi', items: [{ kind: 'widget', widget: 'todo', width: 6 }], sharing: { users: [], roles: [] } };
const ownSaved = async (c: CallContext, url: string, body: object) => (await c.caller.client.request('POST', url, body)).json().id as number;
const ownFavourite = (c: CallContext) => ownSaved(c, '/api/analytics/favourites', favourite);
const ownDashboard = (c: CallContext) => ownSaved(c, '/api/dashboards', dashboard);
/** An asynchronous DHIS2 import of the caller (an empty set), whose job the task routes poll; roles that may not import get none. */
const ownJob = async (c: CallContext) =>
  ((await c.caller.client.request('POST', '/api/dataValueSets?async=true', { dataValues: [] })).json().response?.id as string | undefined) ?? 'khongCoTacVu';
/** A stored value at the unit, for the single-value routes to read or delete. */
const storedValue = async (c: CallContext) => {
  const value = { dataElement: 'SXHD_CASES', categoryOptionCombo: 'default', orgUnit: c.unit, period: '202402', value: '3' };
  const db = c.w.t.database.db;
  const existing = await db
    .selectFrom('data_value as v')
    .innerJoin('org_unit as o', 'o.id', 'v.org_unit_id')
    .innerJoin('data_element as d', 'd.id', 'v.data_element_id')
    .select('v.value')
    .where('o.code', '=', c.unit)
    .where('d.code', '=', value.dataElement)
    .where('v.period', '=', value.period)
    .executeTakeFirst();
  if (!existing) await storeTrustedValues(db, [value], 'test', c.w.t.clock.now().toISOString());
  return `/api/dataValues?de=${uidFor('dataElement', 'SXHD_CASES')}&pe=202402&ou=${uidFor('orgUnit', c.unit)}`;
};
/** A personal access token of the caller, valid for a month of the world's clock. */
const ownToken = (c: CallContext) =>
  ownSaved(c, '/api/me/api-tokens', { name: 'Kịch bản', expiresAt: new Date(c.w.t.clock.now().getTime() + 30 * 86_400_000).toISOString() });

export const AUTHORIZATION_TABLE: readonly RouteRule[] = [
  publicRule('GET /api/auth/csrf'),
  publicRule('POST /api/auth/login', () => ({ url: '/api/auth/login', body: {} })),
  rule('POST /api/auth/logout', ALL, 'none', undefined, { endsSession: true }),
  rule('GET /api/auth/session', ALL),
  publicRule('POST /api/auth/login/totp', () => ({ url: '/api/auth/login/totp', body: {} })),
  rule('POST /api/auth/password', ALL, 'none', () => ({ url: '/api/auth/password', body: {} })),
  rule('GET /api/auth/totp', ALL),
  rule('POST /api/auth/totp/setup', FINALIZE),
  rule('POST /api/auth/totp/enable', FINALIZE, 'none', () => ({ url: '/api/auth/totp/enable', body: { code: '000000' } })),
  rule('POST /api/auth/totp/disable', ALL, 'none', () => ({ url: '/api/auth/totp/disable', body: {} })),
  rule('GET /api/me/api-tokens', ALL),
  rule('POST /api/me/api-tokens', ALL, 'none', () => ({ url: '/api/me/api-tokens', body: {} })),
  rule('DELETE /api/me/api-tokens/:id', ALL, 'none', async (c) => ({ url: `/api/me/api-tokens/${await ownToken(c)}` })),
  // DHIS2's metadata lists: every role reads metadata; org units are filtered to the scope (dhis2-metadata.test.ts).
  rule('GET /api/dataSets', ALL),
  rule('GET /api/dataSets.json', ALL),
  rule('GET /api/dataSets/:uid', ALL, 'none', () => ({ url: `/api/dataSets/${uidFor('dataSet', 'BTN_THANG')}` })),
  rule('GET /api/dataElements', ALL),
  rule('GET /api/dataElements.json', ALL),
  rule('GET /api/dataElements/:uid', ALL, 'none', () => ({ url: `/api/dataElements/${uidFor('dataElement', 'SXHD_CASES')}` })),
  rule('GET /api/organisationUnits', ALL),
  rule('GET /api/organisationUnits.json', ALL),
  rule('GET /api/organisationUnits/:uid', ALL, 'unit', (c) => ({ url: `/api/organisationUnits/${uidFor('orgUnit', c.unit)}` })),
  // DHIS2's data values: imports answer refused values as conflicts (409), so only reading is scoped by the route.
  rule('POST /api/dataValueSets', ENTER, 'none', () => ({ url: '/api/dataValueSets?dryRun=true', body: { dataValues: [] } })),
  rule('GET /api/dataValueSets', ALL, 'unit', (c) => ({ url: `/api/dataValueSets?orgUnit=${c.unit}&period=202402` })),
  rule('POST /api/dataValueSets.json', ENTER, 'none', () => ({ url: '/api/dataValueSets.json?dryRun=true', body: { dataValues: [] } })),
  rule('GET /api/dataValueSets.json', ALL, 'unit', (c) => ({ url: `/api/dataValueSets.json?orgUnit=${c.unit}&period=202402` })),
  rule('POST /api/dataValueSets.csv', ENTER, 'none', () => ({ url: '/api/dataValueSets.csv?dryRun=true', body: { dataValues: [] } })),
  rule('GET /api/dataValueSets.csv', ALL, 'unit', (c) => ({ url: `/api/dataValueSets.csv?orgUnit=${c.unit}&period=202402` })),
  rule('POST /api/dataValueSets.adx', ENTER, 'none', () => ({ url: '/api/dataValueSets.adx?dryRun=true', body: { dataValues: [] } })),
  rule('GET /api/dataValueSets.adx', ALL, 'unit', (c) => ({ url: `/api/dataValueSets.adx?orgUnit=${c.unit}&period=202402` })),
  rule('GET /api/system/tasks/DATAVALUE_IMPORT/:id', ENTER, 'none', async (c) => ({ url: `/api/system/tasks/DATAVALUE_IMPORT/${await ownJob(c)}` })),
  rule('GET /api/system/taskSummaries/DATAVALUE_IMPORT/:id', ENTER, 'none', async (c) => ({ url: `/api/system/taskSummaries/DATAVALUE_IMPORT/${await ownJob(c)}` })),
  rule('GET /api/dataValues', ALL, 'unit', async (c) => ({ url: await storedValue(c) })),
  rule('POST /api/dataValues', ENTER, 'unit', (c) => ({ url: `/api/dataValues?de=SXHD_CASES&pe=202402&ou=${c.unit}&value=4` })),
  rule('DELETE /api/dataValues', ENTER, 'unit', async (c) => ({ url: await storedValue(c) })),
  rule('GET /api/docs', ALL),

  rule('GET /api/users', ADMIN),
  rule('POST /api/users', ADMIN, 'unit', (c) => ({ url: '/api/users', body: { username: fresh('u'), displayName: 'Mới', password: 'mat-khau-moi-1', role: 'viewer', orgUnitCode: c.unit } })),
  rule('PATCH /api/users/:id', ADMIN, 'unit', (c) => ({ url: `/api/users/${c.o.user}`, body: { displayName: 'Đổi tên' } })),
  rule('POST /api/users/:id/unlock', ADMIN, 'unit', (c) => ({ url: `/api/users/${c.o.user}/unlock` })),

  rule('GET /api/org-units', ALL),
  rule('GET /api/metadata/export', ADMIN),
  rule('POST /api/metadata/import', ADMIN, 'root', () => ({ url: '/api/metadata/import', body: emptyPackage })),
  rule('GET /api/metadata/:kind', ALL, 'none', () => ({ url: '/api/metadata/diseases' })),

  rule('GET /api/data-values', ALL, 'unit', (c) => ({ url: `/api/data-values?orgUnit=${c.unit}&period=202402` })),
  rule('PUT /api/data-values', ENTER, 'unit', (c) => ({ url: '/api/data-values', body: { dataElement: 'SXHD_CASES', orgUnit: c.unit, period: '202402', value: '1' } })),
  rule('GET /api/data-values/audit', ALL, 'unit', (c) => ({ url: `/api/data-values/audit?${cell(c.unit)}` })),
  rule('GET /api/data-values/history', ALL, 'unit', (c) => ({ url: `/api/data-values/history?${cell(c.unit)}` })),
  rule('GET /api/forms', ALL, 'unit', (c) => ({ url: `/api/forms?${formQuery(c.unit)}` })),
  rule('GET /api/forms/xlsx', ALL, 'unit', (c) => ({ url: `/api/forms/xlsx?${formQuery(c.unit)}` })),
  rule('GET /api/forms/available', ALL),
  rule('GET /api/forms/pending', ALL),
  rule('GET /api/forms/validation', ALL, 'unit', (c) => ({ url: `/api/forms/validation?${formQuery(c.unit)}` })),
  rule('POST /api/forms/submit', ENTER, 'unit', (c) => ({ url: '/api/forms/submit', body: form(c.unit) })),
  rule('POST /api/forms/approve', APPROVE, 'unit', (c) => ({ url: '/api/forms/approve', body: form(c.unit) })),
  rule('POST /api/forms/reopen', APPROVE, 'unit', (c) => ({ url: '/api/forms/reopen', body: { ...form(c.unit), reason: 'Sửa' } })),
  rule('GET /api/completeness', ALL, 'none', () => ({ url: '/api/completeness?dataSet=BTN_THANG&period=202402' })),
  rule('GET /api/aggregate', ALL, 'unit', (c) => ({ url: `/api/aggregate?item=SXHD_CASES&orgUnit=${c.unit}&from=202401&to=202402` })),
  rule('GET /api/aggregate/month', ALL, 'unit', (c) => ({ url: `/api/aggregate/month?item=SXHD_CASES&orgUnit=${c.unit}&period=202402` })),
  rule('GET /api/analytics', ALL, 'unit', (c) => ({ url: `/api/analytics?dx=SXHD_CASES&ou=${c.unit}&pe=202401;202402` })),
  rule('POST /api/analytics', ALL, 'unit', (c) => ({ url: '/api/analytics', body: { dx: ['SXHD_CASES'], ou: [c.unit], pe: ['202401', '202402'] } })),
  rule('POST /api/analytics/export', ALL, 'unit', (c) => ({ url: '/api/analytics/export', body: { ...pivotOf(c.unit), format: 'csv' } })),
  rule('POST /api/analytics/chart.svg', ALL, 'unit', (c) => ({ url: '/api/analytics/chart.svg', body: { query: pivotOf(c.unit).query, layout: { type: 'line', series: 'ou', category: 'pe' } } })),
  rule('POST /api/imports', ENTER, 'none', () => ({ url: '/api/imports?dryRun=true', form: file('v.json', Buffer.from('{"dataValues":[]}')) })),
  rule('GET /api/exports', ALL, 'unit', (c) => ({ url: `/api/exports?orgUnit=${c.unit}&period=202402` })),
  rule('POST /api/quality/bounds/generate', WRITE, 'unit', (c) => ({ url: '/api/quality/bounds/generate', body: { dataSet: 'BTN_THANG', orgUnit: c.unit } })),
  rule('PUT /api/quality/bounds', WRITE, 'unit', (c) => ({ url: '/api/quality/bounds', body: { dataElement: 'SXHD_CASES', orgUnit: c.unit, min: 0, max: 10 } })),
  rule('GET /api/quality/outliers', ALL, 'unit', (c) => ({ url: `/api/quality/outliers?dataSet=BTN_THANG&orgUnit=${c.unit}&from=202401&to=202402` })),
  rule('GET /api/quality/outliers/export', ALL, 'unit', (c) => ({ url: `/api/quality/outliers/export?dataSet=BTN_THANG&orgUnit=${c.unit}&from=202401&to=202402&format=csv` })),
  rule('GET /api/quality/validation', ALL, 'unit', (c) => ({ url: `/api/quality/validation?dataSet=BTN_THANG&orgUnit=${c.unit}&from=202401&to=202402` })),
  rule('GET /api/quality/validation/export', ALL, 'unit', (c) => ({ url: `/api/quality/validation/export?dataSet=BTN_THANG&orgUnit=${c.unit}&from=202401&to=202402&format=csv` })),
  rule('GET /api/quality/completeness-history', ALL, 'unit', (c) => ({ url: `/api/quality/completeness-history?dataSet=BTN_THANG&orgUnit=${c.unit}&year=2024` })),
  rule('GET /api/quality/completeness-history/export', ALL, 'unit', (c) => ({ url: `/api/quality/completeness-history/export?dataSet=BTN_THANG&orgUnit=${c.unit}&year=2024` })),
  rule('PUT /api/quality/follow-up', WRITE, 'unit', (c) => ({ url: '/api/quality/follow-up', body: { dataElement: 'SXHD_CASES', orgUnit: c.unit, period: '202402', followUp: true } })),

  rule('GET /api/reports/monthly', ALL, 'unit', (c) => ({ url: `/api/reports/monthly?org=${c.unit}&period=202311` })),
  rule('GET /api/reports/periodic', ALL, 'unit', (c) => ({ url: `/api/reports/periodic?kind=quarterly&org=${c.unit}&period=2023Q3` })),
  rule('GET /api/reports/instances', ALL),
  rule('POST /api/reports/instances', WRITE, 'unit', (c) => ({ url: '/api/reports/instances', body: { org: c.unit, period: '202402' } })),
  rule('GET /api/reports/instances/:id', ALL, 'unit', (c) => ({ url: `/api/reports/instances/${c.o.report}` })),
  rule('PUT /api/reports/instances/:id', WRITE, 'unit', (c) => ({ url: `/api/reports/instances/${c.o.report}`, body: { baseVersion: 1, note: 'x' } })),
  rule('POST /api/reports/instances/:id/regenerate', WRITE, 'unit', (c) => ({ url: `/api/reports/instances/${c.o.report}/regenerate`, body: { baseVersion: 1 } })),
  // Trình ký: the first step of the workflow, sending a fresh draft to the leader.
  rule('POST /api/reports/instances/:id/status', WRITE, 'unit', async (c) => ({ url: `/api/reports/instances/${await c.w.freshReport(c.unit)}/status`, body: { baseVersion: 1, status: 'submitted' } })),
  rule('GET /api/reports/instances/:id/versions', ALL, 'unit', (c) => ({ url: `/api/reports/instances/${c.o.report}/versions` })),
  rule('GET /api/reports/instances/:id/compare', ALL, 'unit', (c) => ({ url: `/api/reports/instances/${c.o.report}/compare?from=1&to=1` })),
  rule('GET /api/reports/instances/:id/warnings', ALL, 'unit', (c) => ({ url: `/api/reports/instances/${c.o.report}/warnings` })),
  rule('GET /api/reports/instances/:id/download', ALL, 'unit', (c) => ({ url: `/api/reports/instances/${c.o.report}/download?format=md` })),
  rule('GET /api/reports/settings', ALL, 'unit', (c) => ({ url: `/api/reports/settings?org=${c.unit}` })),
  rule('GET /api/targets', ALL, 'unit', (c) => ({ url: `/api/targets?org=${c.unit}&year=2023` })),
  rule('POST /api/targets', WRITE, 'root', (c) => ({ url: '/api/targets', body: target(c.unit) })),
  rule('GET /api/targets/appendix', ALL, 'unit', (c) => ({ url: `/api/targets/appendix?org=${c.unit}&year=2023&appendix=I` })),
  rule('GET /api/targets/:id/history', ALL, 'unit', (c) => ({ url: `/api/targets/${c.o.target}/history` })),
  rule('GET /api/requests/:id/targets', ALL, 'unit', (c) => ({ url: `/api/requests/${c.o.round}/targets?unit=${ownUnit(c)}` })),
  rule('PUT /api/requests/:id/targets', ENTER, 'unit', (c) => ({
    url: `/api/requests/${c.o.round}/targets`, body: { unit: ownUnit(c), rows: [{ item: 'SXHD_CASES', measure: 'ca', direction: 'AT_MOST', value: 10 }] },
  })),
  rule('POST /api/requests/:id/targets/submit', ENTER, 'unit', (c) => ({ url: `/api/requests/${c.o.round}/targets/submit`, body: { unit: ownUnit(c) } })),
  // The field's agreement belongs to the CDC's users; staff above it see it and act on its behalf, nobody else.
  rule('GET /api/requests/:id/targets/field', APPROVE, 'root', (c) => ({ url: `/api/requests/${c.o.round}/targets/field?unit=KT_CDC` })),
  rule('POST /api/requests/:id/targets/agree', WRITE, 'root', (c) => ({
    url: `/api/requests/${c.o.round}/targets/agree`, body: { unit: 'KT_CDC', rows: [{ orgUnit: c.unit, item: 'SXHD_CASES' }] },
  })),
  rule('POST /api/requests/:id/targets/approve', WRITE, 'root', (c) => ({
    url: `/api/requests/${c.o.round}/targets/approve`, body: { decision: { number: fresh('QĐ'), date: '2024-02-10' } },
  })),
  rule('POST /api/targets/:id/decision-file', WRITE, 'root', (c) => ({ url: `/api/targets/${c.o.target}/decision-file`, form: file('qd.pdf', PDF) })),
  rule('GET /api/targets/:id/decision-file', ALL, 'unit', (c) => ({ url: `/api/targets/${c.o.target}/decision-file` })),
  rule('GET /api/reports/counted-states', ALL),
  rule('PUT /api/reports/counted-states', ADMIN, 'root', () => ({ url: '/api/reports/counted-states', body: { states: ['submitted', 'approved'] } })),
  rule('PUT /api/reports/settings', WRITE, 'unit', (c) => ({ url: `/api/reports/settings?org=${c.unit}`, body: { signerName: 'Nguyễn Văn A' } })),

  rule('GET /api/requests', ALL),
  rule('POST /api/requests', WRITE, 'unit', (c) => ({ url: '/api/requests', body: { number: fresh('R'), date: '2024-02-01', subject: 'Báo cáo', outline: [], deliverables: [{ kind: 'FILE', title: 'Báo cáo' }], groups: [{ name: 'Nhóm', units: [c.unit], deadline: '2024-12-31' }] } })),
  rule('GET /api/requests/:id', ALL, 'unit', (c) => ({ url: `/api/requests/${c.o.request}` })),
  rule('POST /api/requests/:id/templates', WRITE, 'unit', async (c) => ({ url: `/api/requests/${await c.w.requestFor([c.unit])}/templates`, form: file('mau.xlsx', XLSX, { deliverable: '0' }) })),
  rule('GET /api/requests/:id/templates/:attachmentId', ALL, 'unit', async (c) => ({ url: `/api/requests/${c.o.request}/templates/${await c.w.templateOf(c.o.request)}` })),
  rule('POST /api/requests/:id/submissions', ENTER, 'unit', (c) => ({ url: `/api/requests/${c.o.request}/submissions`, form: file('bc.xlsx', XLSX, { unit: ownUnit(c) }) })),
  rule('GET /api/requests/:id/submissions/:unit/files/:attachmentId', ALL, 'unit', (c) => ({ url: `/api/requests/${c.o.request}/submissions/${ownUnit(c)}/files/${ownUnit(c) === '62' ? c.o.provinceFile : c.o.submissionFile}` })),
  rule('GET /api/requests/:id/reviews', ALL, 'unit', (c) => ({ url: `/api/requests/${c.o.review}/reviews` })),
  // A unit's review is written by the unit's own users only (sending again answers 409: it is sent already).
  rule('POST /api/requests/:id/reviews', ENTER, 'unit', (c) => ({ url: `/api/requests/${c.o.review}/reviews`, body: { unit: ownUnit(c) } })),
  rule('POST /api/requests/:id/reviews/:unit/send', ENTER, 'unit', (c) => ({ url: `/api/requests/${c.o.review}/reviews/${ownUnit(c)}/send`, body: { baseVersion: 1 } })),
  // Returned by those above the unit (province callers return 615's; the district's own users may not).
  rule('POST /api/requests/:id/reviews/:unit/return', APPROVE, 'none', (c) => ({ url: `/api/requests/${c.o.returnable}/reviews/${c.unit}/return`, body: { baseVersion: 2 } })),
  rule('GET /api/requests/:id/reviews/:unit/download', ALL, 'unit', (c) => ({ url: `/api/requests/${c.o.review}/reviews/${ownUnit(c)}/download` })),

  rule('GET /api/directives', ALL),
  rule('POST /api/directives', MANAGE, 'none', () => ({ url: '/api/directives', body: { number: fresh('D'), date: '2024-02-01', type: 'CONG_VAN', issuer: 'Sở Y tế', subject: 'Chỉ đạo' } })),
  rule('POST /api/directives/import', MANAGE, 'none', () => ({ url: '/api/directives/import', form: file('kl.pdf', PDF) })),
  rule('GET /api/directives/:id', ALL, 'unit', (c) => ({ url: `/api/directives/${c.o.directive}` }), { scopeRoles: UNIT_ROLES }),
  rule('GET /api/directives/:id/file', ALL, 'unit', (c) => ({ url: `/api/directives/${c.o.directive}/file` }), { scopeRoles: UNIT_ROLES }),
  rule('POST /api/directives/:id/tasks', MANAGE, 'unit', (c) => ({ url: `/api/directives/${c.o.directive}/tasks`, body: { tasks: [task(c.unit)] } })),
  rule('GET /api/tasks', ALL),
  rule('POST /api/tasks', MANAGE, 'unit', (c) => ({ url: '/api/tasks', body: task(c.unit) })),
  rule('GET /api/tasks/:id', ALL, 'unit', (c) => ({ url: `/api/tasks/${c.o.task}` })),
  rule('PUT /api/tasks/:id', MANAGE, 'unit', (c) => ({ url: `/api/tasks/${c.o.task}`, body: { title: `Nhiệm vụ ${c.where}` } })),
  rule('POST /api/tasks/:id/confirm', MANAGE, 'unit', (c) => ({ url: `/api/tasks/${c.o.task}/confirm` })),
  rule('POST /api/tasks/:id/updates', PROGRESS, 'unit', (c) => ({ url: `/api/tasks/${c.o.task}/updates`, body: { kind: 'PROGRESS', text: 'Tiến độ' } })),
  rule('GET /api/tasks/:id/attachments/:attachmentId', ALL, 'unit', (c) => ({ url: `/api/tasks/${c.o.task}/attachments/${c.o.taskFile}` })),

  rule('GET /api/surveillance/diseases', ALL),
  rule('GET /api/surveillance/overview', ALL, 'unit', (c) => ({ url: `/api/surveillance/overview?disease=SXHD&unit=${c.unit}&week=2024W08` })),
  rule('GET /api/surveillance/immediate-reports', ALL),
  rule('POST /api/surveillance/immediate-reports', ENTER, 'unit', (c) => ({
    url: '/api/surveillance/immediate-reports', body: { disease: 'TA', orgUnit: c.unit, place: 'Xã A', onsetDate: '2024-03-04', count: 1 },
  })),
  rule('GET /api/surveillance/alerts', ALL),
  rule('GET /api/surveillance/alerts/:id', ALL, 'unit', (c) => ({ url: `/api/surveillance/alerts/${c.o.alert}` })),
  // Handled by the department's staff (and the CDC's own users); a second call on the same alert answers 409.
  rule('POST /api/surveillance/alerts/:id/verify', WRITE, 'unit', (c) => ({ url: `/api/surveillance/alerts/${c.o.alert}/verify` })),
  rule('POST /api/surveillance/alerts/:id/dismiss', WRITE, 'unit', (c) => ({ url: `/api/surveillance/alerts/${c.o.alert}/dismiss`, body: { reason: 'Nhập nhầm' } })),
  rule('POST /api/surveillance/alerts/:id/outbreak', WRITE, 'unit', (c) => ({ url: `/api/surveillance/alerts/${c.o.alert}/outbreak`, body: {} })),
  rule('GET /api/surveillance/outbreaks', ALL),
  rule('POST /api/surveillance/outbreaks', ENTER, 'unit', (c) => ({
    url: '/api/surveillance/outbreaks', body: { disease: 'SXHD', orgUnit: c.unit, place: 'Thôn 1', startDate: '2024-03-01', initialCases: 1 },
  })),
  rule('GET /api/surveillance/outbreaks/:id', ALL, 'unit', (c) => ({ url: `/api/surveillance/outbreaks/${c.o.outbreak}` })),
  rule('POST /api/surveillance/outbreaks/:id/cases', ENTER, 'unit', (c) => ({ url: `/api/surveillance/outbreaks/${c.o.outbreak}/cases`, body: { date: '2024-03-04', count: 1 } })),
  rule('POST /api/surveillance/outbreaks/:id/measures', ENTER, 'unit', (c) => ({
    url: `/api/surveillance/outbreaks/${c.o.outbreak}/measures`, body: { date: '2024-03-04', text: 'Phun hóa chất diệt muỗi' },
  })),
  rule('POST /api/surveillance/outbreaks/:id/close', WRITE, 'unit', (c) => ({ url: `/api/surveillance/outbreaks/${c.o.outbreak}/close`, body: { reason: 'Không còn ca mắc' } })),

  rule('GET /api/todo', ALL),
  rule('GET /api/notifications', ALL),
  rule('POST /api/notifications/read-all', ALL),
  rule('POST /api/notifications/:id/read', ALL, 'unit', async (c) => ({
    url: `/api/notifications/${await c.w.notificationOf(c.where === 'in' ? c.caller.username : 'w.staff')}/read`,
  })),

  // Saved analytics: every role saves, shares and opens its own; the data itself is scope-checked when a query runs.
  rule('GET /api/analytics/favourites', ALL),
  rule('POST /api/analytics/favourites', ALL, 'none', () => ({ url: '/api/analytics/favourites', body: favourite })),
  rule('GET /api/analytics/favourites/:id', ALL, 'none', async (c) => ({ url: `/api/analytics/favourites/${await ownFavourite(c)}` })),
  rule('PUT /api/analytics/favourites/:id', ALL, 'none', async (c) => ({ url: `/api/analytics/favourites/${await ownFavourite(c)}`, body: favourite })),
  rule('DELETE /api/analytics/favourites/:id', ALL, 'none', async (c) => ({ url: `/api/analytics/favourites/${await ownFavourite(c)}` })),
  rule('GET /api/dashboards', ALL),
  rule('GET /api/dashboards/default', ALL),
  rule('PUT /api/dashboards/home', ALL, 'none', () => ({ url: '/api/dashboards/home', body: { id: null } })),
  rule('POST /api/dashboards', ALL, 'none', () => ({ url: '/api/dashboards', body: dashboard })),
  rule('GET /api/dashboards/:id', ALL, 'none', async (c) => ({ url: `/api/dashboards/${await ownDashboard(c)}` })),
  rule('PUT /api/dashboards/:id', ALL, 'none', async (c) => ({ url: `/api/dashboards/${await ownDashboard(c)}`, body: dashboard })),
  rule('DELETE /api/dashboards/:id', ALL, 'none', async (c) => ({ url: `/api/dashboards/${await ownDashboard(c)}` })),
];
