import { describe, expect, it } from 'vitest';
import type { OrgUnit } from '../metadata/types.ts';
import { historyUnits, seriesOf } from './unit-series.ts';

const unit = (code: string, parent: string | null, successors: string[] = [], closingDate: string | null = null): OrgUnit => ({
  code, name: code, level: parent ? 2 : 1, parent, sortOrder: 1, openingDate: '2000-01-01', closingDate, successors,
});
const UNITS = [
  unit('62', null, ['51'], '2025-06-30'),
  unit('615', '62', ['51'], '2025-06-30'),
  unit('608', '62', ['51'], '2025-06-30'),
  unit('51', null),
];

describe('a unit over time', () => {
  it('holds its subtree and what it succeeded', () => {
    expect([...historyUnits(UNITS, '51')].sort()).toEqual(['51', '608', '615', '62']);
    expect([...historyUnits(UNITS, '615')]).toEqual(['615']);
    expect([...historyUnits(UNITS, '62')].sort()).toEqual(['608', '615', '62']);
  });

  it('sums the units that reported a period and leaves an unreported one null, never zero', () => {
    const counts = new Map([
      ['615', new Map([['2025W25', 3], ['2025W26', 0]])],
      ['608', new Map([['2025W25', 2]])],
      ['51', new Map([['2025W28', 7]])],
    ]);
    const periods = ['2025W25', '2025W26', '2025W27', '2025W28'];
    expect(seriesOf(periods, historyUnits(UNITS, '51'), counts)).toEqual([5, 0, null, 7]);
  });
});
