import { describe, expect, it } from 'vitest';
import { sectionGrid, type FormElement } from './section-grid.ts';

const count = (code: string, name: string, combos = [{ code: 'default', name: 'Mặc định' }]): FormElement => ({
  code, name, valueType: 'INTEGER_ZERO_OR_POSITIVE', optionCombos: combos,
});
const forms = [
  { code: 'AFB_POS', name: 'Lao phổi AFB (+)' },
  { code: 'AFB_NEG', name: 'Lao phổi AFB (-)' },
  { code: 'EXTRAPULM', name: 'Lao ngoài phổi' },
];

describe('sectionGrid', () => {
  it('puts diseases in rows with cases and deaths as columns, TB forms as their own columns', () => {
    const elements = [
      count('TCM_CASES', 'TCM: số mắc'), count('TCM_DEATHS', 'TCM: tử vong'),
      count('SXHD_CASES', 'SXHD: số mắc'), count('SXHD_DEATHS', 'SXHD: tử vong'),
      count('LAO_CASES', 'Lao: số mắc', forms), count('LAO_DEATHS', 'Lao: tử vong'),
      count('SXHD_OUTBREAKS', 'Ổ dịch sốt xuất huyết'),
    ];
    const diseases = [
      { name: 'Tay - Chân - Miệng', casesElement: 'TCM_CASES', deathsElement: 'TCM_DEATHS' },
      { name: 'Sốt xuất huyết Dengue', casesElement: 'SXHD_CASES', deathsElement: 'SXHD_DEATHS' },
      { name: 'Bệnh Lao', casesElement: 'LAO_CASES', deathsElement: 'LAO_DEATHS' },
    ];
    const blocks = sectionGrid(elements, diseases);
    expect(blocks.map((b) => b.columns)).toEqual([
      ['Số mắc', 'Tử vong'],
      ['Lao phổi AFB (+)', 'Lao phổi AFB (-)', 'Lao ngoài phổi', 'Tử vong'],
      ['Giá trị'],
    ]);
    expect(blocks[0]!.rows.map((r) => r.label)).toEqual(['Tay - Chân - Miệng', 'Sốt xuất huyết Dengue']);
    expect(blocks[1]!.rows[0]!.cells.map((c) => `${c.dataElement}.${c.categoryOptionCombo}`)).toEqual([
      'LAO_CASES.AFB_POS', 'LAO_CASES.AFB_NEG', 'LAO_CASES.EXTRAPULM', 'LAO_DEATHS.default',
    ]);
  });

  it('gives every element exactly one cell per option combo', () => {
    const elements = [count('A', 'A'), count('B', 'B', forms)];
    const cells = sectionGrid(elements, []).flatMap((b) => b.rows.flatMap((r) => r.cells));
    expect(cells).toHaveLength(4);
  });
});
