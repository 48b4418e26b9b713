import type { AnalyticsTable } from '@syt/core/api/analytics.ts';
import { describe, expect, it } from 'vitest';
import { changePercent, changeTone, keyFigureModel, keyFiguresQuery, type KeyFigureSpec } from './key-figures-model.ts';

const FIGURES: KeyFigureSpec[] = [
  { code: 'SXHD_CASES', label: 'Sốt xuất huyết Dengue: số mắc', better: 'down' },
  { code: 'TCMR_FULL_COVERAGE', better: 'up' },
  { code: 'KCB_VISITS' },
  { code: 'HIV_NEW', better: 'down' },
];

/** Kon Tum, 12/2023 beside 12/2022, periods listed later-first to show the order is read from the dates. */
function table(cells: AnalyticsTable['cells']): AnalyticsTable {
  const dx = (code: string, name: string, decimals: number | null) => ({
    code,
    name,
    kind: 'element' as const,
    additive: { ou: true, pe: true },
    decimals,
  });
  return {
    items: {
      dx: [
        dx('SXHD_CASES', 'SXHD', 0),
        dx('TCMR_FULL_COVERAGE', 'Tỷ lệ TCMR đầy đủ', 1),
        dx('KCB_VISITS', 'Lượt khám', 0),
        dx('HIV_NEW', 'HIV mới', 0),
      ],
      ou: [{ code: '62', name: 'Kon Tum', level: 1, ancestors: [], history: [] }],
      pe: [
        { code: '202312', name: 'Tháng 12/2023', startDate: '2023-12-01', endDate: '2023-12-31' },
        { code: '202212', name: 'Tháng 12/2022', startDate: '2022-12-01', endDate: '2022-12-31' },
      ],
    },
    query: keyFiguresQuery(FIGURES),
    cells,
    ouDisjoint: true,
  };
}

describe('key figures', () => {
  it("asks for this month and the same month last year at the user's unit", () => {
    expect(keyFiguresQuery(FIGURES)).toEqual({
      dx: ['SXHD_CASES', 'TCMR_FULL_COVERAGE', 'KCB_VISITS', 'HIV_NEW'],
      ou: ['USER_ORGUNIT'],
      pe: ['THIS_MONTH', 'SAME_MONTH_LAST_YEAR'],
    });
  });

  it('reads this month from the later period and last year from the earlier, with the change in percent', () => {
    const model = keyFigureModel(
      table([
        { dx: 'SXHD_CASES', ou: '62', pe: '202312', value: 150 },
        { dx: 'SXHD_CASES', ou: '62', pe: '202212', value: 120 },
        { dx: 'TCMR_FULL_COVERAGE', ou: '62', pe: '202312', value: 90 },
        { dx: 'TCMR_FULL_COVERAGE', ou: '62', pe: '202212', value: 100 },
      ]),
      FIGURES,
    );
    expect(model.current?.code).toBe('202312');
    expect(model.previous?.code).toBe('202212');
    expect(model.unit).toBe('Kon Tum');
    const [dengue, coverage] = model.rows;
    expect(dengue).toMatchObject({
      label: 'Sốt xuất huyết Dengue: số mắc',
      current: 150,
      previous: 120,
      changePercent: 25,
      decimals: 0,
    });
    expect(changeTone(dengue!)).toBe('bad');
    expect(coverage).toMatchObject({
      label: 'Tỷ lệ TCMR đầy đủ',
      current: 90,
      previous: 100,
      changePercent: -10,
      decimals: 1,
    });
    expect(changeTone(coverage!)).toBe('bad');
  });

  it('keeps a missing cell null, never 0, and then says no change', () => {
    const model = keyFigureModel(
      table([
        { dx: 'KCB_VISITS', ou: '62', pe: '202312', value: 5000 },
        { dx: 'HIV_NEW', ou: '62', pe: '202212', value: 3 },
      ]),
      FIGURES,
    );
    const [dengue, , visits, hiv] = model.rows;
    expect(dengue).toMatchObject({ current: null, previous: null, changePercent: null });
    expect(visits).toMatchObject({ current: 5000, previous: null, changePercent: null });
    expect(hiv).toMatchObject({ current: null, previous: 3, changePercent: null });
    expect(model.rows.map(changeTone)).toEqual(['neutral', 'neutral', 'neutral', 'neutral']);
  });

  it('gives no percentage of a zero last year, and greys a figure with no better direction', () => {
    expect(changePercent(4, 0)).toBeNull();
    expect(changePercent(0, 0)).toBe(0);
    expect(changePercent(null, 0)).toBeNull();
    expect(changePercent(0, 4)).toBe(-100);
    expect(
      changeTone({ code: 'KCB_VISITS', label: '', decimals: 0, current: 10, previous: 5, changePercent: 100 }),
    ).toBe('neutral');
    expect(
      changeTone({
        code: 'HIV_NEW',
        label: '',
        decimals: 0,
        current: 2,
        previous: 4,
        changePercent: -50,
        better: 'down',
      }),
    ).toBe('good');
  });
});
