/**
 * The dashboard each role sees until its user chooses another: built in, never stored (id null), so a new role
 * default reaches every user at the next release. The leader reads the month's key figures against last year and
 * what waits for them; the department's staff what they follow up; a reporting unit its own forms, tasks and trend.
 */
import type { Role } from '../api/contract.ts';
import type { DashboardItem, DashboardView, DashboardWidget } from '../api/analytics.ts';

type Width = DashboardItem['width'];

const widget = (name: DashboardWidget, width: Width): DashboardItem => ({ kind: 'widget', widget: name, width });

const LEADER: DashboardItem[] = [
  widget('keyFigures', 12),
  widget('completeness', 6),
  widget('alerts', 6),
  widget('overdueTasks', 6),
  widget('reportsAwaiting', 6),
];
const DEPARTMENT: DashboardItem[] = [
  widget('keyFigures', 12),
  widget('completeness', 6),
  widget('alerts', 6),
  widget('todo', 6),
  widget('reportsAwaiting', 6),
];
const UNIT: DashboardItem[] = [widget('myForms', 6), widget('todo', 6), widget('unitTrend', 12)];
const READER: DashboardItem[] = [widget('keyFigures', 12)];

/** Each role's built-in items and name. */
export const ROLE_DEFAULTS: Readonly<Record<Role, { name: string; items: readonly DashboardItem[] }>> = Object.freeze({
  leader: { name: 'Tổng quan của lãnh đạo', items: LEADER },
  staff: { name: 'Tổng quan của chuyên viên', items: DEPARTMENT },
  admin: { name: 'Tổng quan của chuyên viên', items: DEPARTMENT },
  reporter: { name: 'Tổng quan của đơn vị', items: UNIT },
  viewer: { name: 'Số liệu chính', items: READER },
});

/** The role's default dashboard as the API sends it: not stored, owned by nobody, editable by nobody. */
export function roleDefaultDashboard(role: Role): DashboardView {
  const d = ROLE_DEFAULTS[role];
  return {
    id: null,
    name: d.name,
    items: d.items.map((i) => ({ ...i })),
    sharing: { users: [], roles: [] },
    owner: null,
    editable: false,
    favourites: [],
  };
}
