import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKAGE } from '../metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '../orgunit/kontum.ts';
import { monthOfWeek, parsePeriod } from '../period/index.ts';
import { generateDemoValues } from './generate-demo-values.ts';
import { generateWeeklySubmissions } from './weekly-submissions.ts';
import { baselineWeeks, demoWeeksByMonth, generateWeeklyDemoValues } from './weekly-values.ts';

const monthly = generateDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { includeZeros: true });
const TODAY = '2026-12-05';
const weekly = generateWeeklyDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, monthly, { today: TODAY });
const weeklyElements = new Set(DEFAULT_PACKAGE.dataSets.find((d) => d.code === 'BTN_TUAN')!.sections.flatMap((s) => s.dataElements));

describe('the demo’s weekly notifiable-disease figures', () => {
  it('covers 2019W01..2023W52, each week in the month of its Thursday', () => {
    const weeks = [...demoWeeksByMonth().values()].flat().map((w) => w.code);
    expect(weeks[0]).toBe('2019W01');
    expect(weeks.at(-1)).toBe('2023W52');
    expect(weeks).toContain('2020W53');
    expect(demoWeeksByMonth().get('202012')!.map((w) => w.code)).toContain('2020W53');
    expect(demoWeeksByMonth().get('202311')!.map((w) => w.code)).toEqual(['2023W44', '2023W45', '2023W46', '2023W47', '2023W48']);
  });

  it('gives back every district’s monthly figure when its weeks are summed by month', () => {
    const byMonth = new Map<string, number>();
    for (const v of weekly.filter((x) => x.orgUnit !== '51')) {
      const key = `${v.dataElement}|${v.categoryOptionCombo}|${v.orgUnit}|${monthOfWeek(parsePeriod(v.period)).code}`;
      byMonth.set(key, (byMonth.get(key) ?? 0) + Number(v.value));
    }
    const expected = monthly.filter((v) => weeklyElements.has(v.dataElement) && v.value !== '0');
    for (const v of expected) {
      expect(byMonth.get(`${v.dataElement}|${v.categoryOptionCombo}|${v.orgUnit}|${v.period}`), `${v.dataElement} ${v.orgUnit} ${v.period}`).toBe(Number(v.value));
    }
    expect(byMonth.size).toBe(expected.length);
  });

  it('is deterministic and leaves zeros out unless asked', () => {
    expect(generateWeeklyDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, monthly, { today: TODAY })).toEqual(weekly);
    expect(weekly.every((v) => v.value !== '0')).toBe(true);
  });

  it('gives Quảng Ngãi a baseline from 2025W27 up to the week before today, and nothing without a today', () => {
    const province = weekly.filter((v) => v.orgUnit === '51');
    const weeks = [...new Set(province.map((v) => v.period))].sort();
    expect(weeks[0]).toBe('2025W27');
    expect(weeks.at(-1)).toBe('2026W48'); // today, 05/12/2026, is in 2026W49
    expect(province.some((v) => v.dataElement === 'SXHD_CASES')).toBe(true);
    expect(generateWeeklyDemoValues(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, monthly).some((v) => v.orgUnit === '51')).toBe(false);
    expect(baselineWeeks('2025-07-01', '2025-07-03')).toEqual([]);
  });

  it('sends each week’s form from the Monday after it, nothing after the clock', () => {
    const now = '2024-01-03T02:00:00.000Z';
    const subs = generateWeeklySubmissions(DEFAULT_PACKAGE, KONTUM_ORG_UNITS, { now, today: '2024-01-03' });
    expect(subs.every((s) => s.dataSet === 'BTN_TUAN' && s.submittedAt <= now)).toBe(true);
    expect(subs.filter((s) => s.orgUnit === '615')).toHaveLength(261);
    for (const s of subs) expect(s.submittedAt.slice(0, 10) > parsePeriod(s.period).endDate).toBe(true);
    expect(subs.some((s) => s.orgUnit === '51')).toBe(false);
    const late = subs.filter((s) => s.status === 'SUBMITTED').map((s) => s.period);
    expect(new Set(late).size).toBe(8);
  });
});
