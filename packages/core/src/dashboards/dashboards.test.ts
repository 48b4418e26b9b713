import { describe, expect, it } from 'vitest';
import { DASHBOARD_WIDGETS } from '../api/analytics.ts';
import { ROLES } from '../api/contract.ts';
import { DEFAULT_PACKAGE } from '../metadata/default-package.ts';
import { KEY_FIGURES, keyFiguresQuery, UNIT_TREND_ITEMS, unitTrend } from './key-figures.ts';
import { roleDefaultDashboard } from './role-defaults.ts';

const widgetsOf = (role: (typeof ROLES)[number]) =>
  roleDefaultDashboard(role).items.map((i) => (i.kind === 'widget' ? i.widget : `favourite ${i.favouriteId}`));

describe('role default dashboards', () => {
  it("gives the leader the month's key figures, completeness, alerts, overdue tasks and reports awaiting signature", () => {
    expect(widgetsOf('leader')).toEqual(['keyFigures', 'completeness', 'alerts', 'overdueTasks', 'reportsAwaiting']);
  });

  it("gives the department's staff and admins what they follow up, a reporting unit its forms, tasks and trend", () => {
    expect(widgetsOf('staff')).toEqual(['keyFigures', 'completeness', 'alerts', 'todo', 'reportsAwaiting']);
    expect(widgetsOf('admin')).toEqual(widgetsOf('staff'));
    expect(widgetsOf('reporter')).toEqual(['myForms', 'todo', 'unitTrend']);
    expect(widgetsOf('viewer')).toEqual(['keyFigures']);
  });

  it('is built in: no id, no owner, not editable, no favourites, shared with nobody, items in the 12-column grid', () => {
    for (const role of ROLES) {
      const d = roleDefaultDashboard(role);
      expect(d).toMatchObject({
        id: null,
        owner: null,
        editable: false,
        favourites: [],
        sharing: { users: [], roles: [] },
      });
      expect(d.name.normalize('NFC')).toBe(d.name);
      for (const item of d.items) {
        expect([4, 6, 12]).toContain(item.width);
        if (item.kind === 'widget') expect(DASHBOARD_WIDGETS).toContain(item.widget);
      }
    }
  });

  it('hands each caller a copy: changing one does not change the next', () => {
    const first = roleDefaultDashboard('leader');
    first.items[0]!.width = 4;
    first.items.pop();
    expect(roleDefaultDashboard('leader').items).toHaveLength(5);
    expect(roleDefaultDashboard('leader').items[0]!.width).toBe(12);
  });
});

describe('key figures', () => {
  const elements = new Set(DEFAULT_PACKAGE.dataElements.map((e) => e.code));
  const indicators = new Set(DEFAULT_PACKAGE.indicators.map((i) => i.code));

  it('names elements and indicators of the default package, each once, with a Vietnamese label', () => {
    for (const f of [...KEY_FIGURES, ...UNIT_TREND_ITEMS]) {
      expect(f.kind === 'element' ? elements.has(f.code) : indicators.has(f.code), f.code).toBe(true);
      expect(f.label.normalize('NFC')).toBe(f.label);
    }
    expect(new Set(KEY_FIGURES.map((f) => f.code)).size).toBe(KEY_FIGURES.length);
  });

  it("queries the caller's unit this month beside the same month last year", () => {
    expect(keyFiguresQuery()).toEqual({
      dx: KEY_FIGURES.map((f) => f.code),
      ou: ['USER_ORGUNIT'],
      pe: ['THIS_MONTH', 'SAME_MONTH_LAST_YEAR'],
    });
    expect(keyFiguresQuery().dx).toContain('SXHD_CASES');
    expect(keyFiguresQuery().dx).toContain('TCMR_FULL_COVERAGE');
  });

  it("draws the unit's trend as one line per disease over the last 12 months", () => {
    const { query, layout } = unitTrend();
    expect(query).toEqual({ dx: UNIT_TREND_ITEMS.map((f) => f.code), ou: ['USER_ORGUNIT'], pe: ['LAST_12_MONTHS'] });
    expect(layout).toMatchObject({ type: 'line', series: 'dx', category: 'pe' });
  });
});
