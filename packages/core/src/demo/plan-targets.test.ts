/** The demo's plan targets: one decision a year up to the clock, plausible, in the items' directions, one adjustment. */
import { describe, expect, it } from 'vitest';
import { KONTUM_ORG_UNITS } from '../orgunit/kontum.ts';
import { judgeAchievement } from '../targets/index.ts';
import { generateDemoPlanTargets, type DemoPlanTarget } from './plan-targets.ts';
import { districtYear, YEARLY_DISTRICTS } from './yearly-figures.ts';

const targets = generateDemoPlanTargets(KONTUM_ORG_UNITS, '2026-12-05');
const firsts = (list: DemoPlanTarget[]) => list.filter((t) => !/^1187\//.test(t.decision.number));

/** The province's level of a yearly-form ratio (its districts' parts over their wholes), as the aggregation reads it. */
function level(units: readonly string[], year: number, part: string, whole: string, scale: number) {
  const sum = (key: string) => units.reduce((s, u) => s + (districtYear(u, year) as Record<string, number>)[key]!, 0);
  return (sum(part) / sum(whole)) * scale;
}
const RATIOS: Record<string, [string, string, number]> = {
  NL_DOCTORS_PER_10K: ['NL_DOCTORS', 'DS_POPULATION', 10_000],
  BHYT_COVERAGE: ['BHYT_INSURED', 'DS_POPULATION', 100],
  YTX_CRITERIA_RATE: ['YTX_CRITERIA_MET', 'YTX_COMMUNES', 100],
  DD_U5_STUNTING_RATE: ['DD_U5_STUNTED', 'DD_U5_MEASURED', 100],
};

describe('generateDemoPlanTargets', () => {
  it('is deterministic, and its seed moves the yearly-form targets only', () => {
    expect(generateDemoPlanTargets(KONTUM_ORG_UNITS, '2026-12-05')).toEqual(targets);
    const other = generateDemoPlanTargets(KONTUM_ORG_UNITS, '2026-12-05', 7);
    expect(other).not.toEqual(targets);
    expect(other.map((t) => [t.year, t.orgUnit, t.item])).toEqual(targets.map((t) => [t.year, t.orgUnit, t.item]));
  });

  it('sets one decision a year of the People’s Committee, dated in December before, from 2019 to the province’s last year', () => {
    const years = [...new Set(targets.map((t) => t.year))];
    // Kon Tum closed on 30/06/2025: 2025 is its last year of targets.
    expect(years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    for (const year of years) {
      const decisions = new Set(firsts(targets.filter((t) => t.year === year)).map((t) => `${t.decision.number} ${t.decision.date}`));
      expect(decisions.size, String(year)).toBe(1);
      expect([...decisions][0]).toMatch(new RegExp(`^\\d+/QĐ-UBND ${year - 1}-12-(1[5-9]|2\\d)$`));
    }
    expect(new Set(targets.map((t) => t.orgUnit))).toEqual(new Set(['62', '608', '615', '611']));
    expect(targets.filter((t) => t.orgUnit === '62' && t.year === 2023)).toHaveLength(9);
  });

  it('writes nothing decided after the clock: the current year’s decision only once it is signed', () => {
    const early = generateDemoPlanTargets(KONTUM_ORG_UNITS, '2023-12-01');
    expect(Math.max(...early.map((t) => t.year))).toBe(2023);
    for (const t of early) expect(t.decision.date <= '2023-12-01').toBe(true);
    expect(generateDemoPlanTargets(KONTUM_ORG_UNITS, '2021-07-15').some((t) => t.decision.number === '1187/QĐ-UBND')).toBe(false);
    expect(generateDemoPlanTargets(KONTUM_ORG_UNITS, '2018-12-01')).toEqual([]);
  });

  it('adjusts one target by a later decision in 2021, listed after the first one', () => {
    const tcmr = targets.filter((t) => t.year === 2021 && t.orgUnit === '62' && t.item === 'TCMR_FULL_COVERAGE');
    expect(tcmr.map((t) => [t.value, t.decision.number, t.decision.date])).toEqual([
      [95, tcmr[0]!.decision.number, tcmr[0]!.decision.date],
      [90, '1187/QĐ-UBND', '2021-07-16'],
    ]);
    expect(targets.indexOf(tcmr[1]!)).toBeGreaterThan(targets.indexOf(tcmr[0]!));
    expect(targets.filter((t) => t.decision.number === '1187/QĐ-UBND')).toHaveLength(1);
  });

  it('respects each item’s direction: more of a good, less malaria, stunting reduced from last year’s level', () => {
    for (const t of targets) {
      expect(t.value, `${t.year} ${t.orgUnit} ${t.item}`).toBeGreaterThan(0);
      expect(t.baseline === null, t.item).toBe(t.direction !== 'REDUCE_BY');
      if (t.item === 'SOTRET_INCIDENCE_PER_1000') expect(t.direction).toBe('AT_MOST');
      if (t.item === 'DD_U5_STUNTING_RATE') expect(t.direction).toBe('REDUCE_BY');
      if (t.item === 'SXHD_CASES') expect(t.direction).toBe('AT_MOST');
      if (t.item === 'LAO_CASES') expect(t.direction).toBe('AT_LEAST');
      if (t.orgUnit !== '62') expect(['LAO_CASES', 'SXHD_CASES']).toContain(t.item);
      const ratio = RATIOS[t.item];
      if (!ratio) continue;
      const last = level(YEARLY_DISTRICTS, t.year - 1, ...ratio);
      if (t.direction === 'REDUCE_BY') expect(t.baseline).toBeCloseTo(last, 1);
      else expect(t.value).toBeGreaterThanOrEqual(Math.min(ratio[2] === 100 ? 100 : Infinity, Math.round(last * 10) / 10));
      if (t.item.endsWith('_RATE') || t.item === 'BHYT_COVERAGE') expect(t.value).toBeLessThanOrEqual(100);
    }
  });

  it('is met in some years and missed in others on the demo’s figures', () => {
    const statuses = firsts(targets)
      .filter((t) => t.year <= 2023 && RATIOS[t.item])
      .map((t) => judgeAchievement(t, Math.round(level(YEARLY_DISTRICTS, t.year, ...RATIOS[t.item]!) * 10) / 10).status);
    const count = (s: string) => statuses.filter((x) => x === s).length;
    expect(count('EXCEEDED')).toBeGreaterThan(statuses.length / 4);
    expect(count('NOT_MET')).toBeGreaterThan(statuses.length / 4);
  });
});
