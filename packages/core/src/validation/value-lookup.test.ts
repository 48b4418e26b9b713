import { describe, expect, it } from 'vitest';
import type { DataValue } from '../datavalue/types.ts';
import { DEFAULT_PACKAGE } from '../metadata/default-package.ts';
import { optionCombosOfPackage, valueLookupFromDataValues } from './value-lookup.ts';

const dv = (dataElement: string, period: string, value: string, categoryOptionCombo = 'default'): DataValue => ({
  dataElement,
  categoryOptionCombo,
  orgUnit: '62',
  period,
  value,
});

const optionCombosOf = optionCombosOfPackage(DEFAULT_PACKAGE);

describe('valueLookupFromDataValues', () => {
  const values = [
    dv('KCB_BED_DAYS', '202402', '600', 'TINH'),
    dv('KCB_BED_DAYS', '202402', '150', 'HUYEN'),
    dv('KCB_BED_DAYS', '202402', '7', 'default'), // not a combo of this element: ignored in the total
    dv('KCB_BED_DAYS', '202401', '500', 'TINH'),
    dv('KCB_VISITS', '202402', 'abc'),
    dv('KCB_INPATIENTS', '202402', ''),
  ];
  const lookup = valueLookupFromDataValues(values, { period: '202402', orgUnit: '62', optionCombosOf });

  it('answers one option combo, or the total over the element’s combos', () => {
    expect(lookup.value({ element: 'KCB_BED_DAYS', option: 'TINH' })).toBe(600);
    expect(lookup.value({ element: 'KCB_BED_DAYS' })).toBe(750);
    expect(lookup.value({ element: 'KCB_BED_DAYS', option: 'PKDKKV' })).toBeNull();
  });

  it('steps periods by the offset', () => {
    expect(lookup.value({ element: 'KCB_BED_DAYS', periodOffset: -1 })).toBe(500);
    expect(lookup.value({ element: 'KCB_BED_DAYS', periodOffset: -2 })).toBeNull();
  });

  it('treats empty and non-numeric text, and unknown elements, as missing', () => {
    expect(lookup.value({ element: 'KCB_VISITS' })).toBeNull();
    expect(lookup.value({ element: 'KCB_INPATIENTS' })).toBeNull();
    expect(lookup.value({ element: 'NO_SUCH_ELEMENT' })).toBeNull();
  });

  it('matches period codes in any accepted spelling', () => {
    const weekly = valueLookupFromDataValues([dv('X', '2024W5', '3')], {
      period: '2024W06',
      orgUnit: '62',
      optionCombosOf: () => ['default'],
    });
    expect(weekly.value({ element: 'X', periodOffset: -1 })).toBe(3);
  });
});

describe('optionCombosOfPackage', () => {
  it('lists the combos of each element', () => {
    expect(optionCombosOf('LAO_CASES')).toEqual(['AFB_POS', 'AFB_NEG', 'EXTRAPULM']);
    expect(optionCombosOf('LAO_DEATHS')).toEqual(['default']);
    expect(optionCombosOf('NOPE')).toEqual([]);
  });
});
