import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAdx } from './adx-reader.ts';
import { toAdx } from './adx-writer.ts';
import { parseDhis2Csv } from './csv-reader.ts';
import { toDhis2Csv } from './csv-writer.ts';
import { adxDataValueArb, dataValueArb, sortedValues, testResolver, withoutPlace } from './interchange.arbitraries.ts';
import { parseDataValueSetJson } from './json-reader.ts';
import { toDataValueSetJson } from './json-writer.ts';

const valuesArb = fc.array(dataValueArb, { maxLength: 30 });

describe('parse ∘ serialize = id', () => {
  it('holds for dataValueSets JSON, order included', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const parsed = parseDataValueSetJson(toDataValueSetJson(values));
        expect(parsed.problems).toEqual([]);
        expect(parsed.values.map(withoutPlace)).toEqual(values);
        expect(parsed.values.map((v) => v.index)).toEqual(values.map((_, i) => i));
      }),
    );
  });

  it('holds for DHIS2 CSV, order included', () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const parsed = parseDhis2Csv(toDhis2Csv(values));
        expect(parsed.problems).toEqual([]);
        expect(parsed.values.map(withoutPlace)).toEqual(values);
      }),
    );
  });

  it('holds for DHIS2 CSV without its header row', () => {
    fc.assert(
      fc.property(fc.array(dataValueArb, { minLength: 1, maxLength: 30 }), (values) => {
        const csv = toDhis2Csv(values);
        const parsed = parseDhis2Csv(csv.slice(csv.indexOf('\n') + 1));
        expect(parsed.problems).toEqual([]);
        expect(parsed.values.map(withoutPlace)).toEqual(values);
      }),
    );
  });

  it('holds for ADX, up to the order ADX groups values in', () => {
    fc.assert(
      fc.property(fc.array(adxDataValueArb, { maxLength: 30 }), (values) => {
        const adx = toAdx(values, testResolver, { dataSet: 'BTN_THANG', exported: '2024-01-01T00:00:00Z' });
        const parsed = parseAdx(adx, testResolver);
        expect(parsed.problems).toEqual([]);
        expect(sortedValues(parsed.values.map(withoutPlace))).toEqual(sortedValues(values));
        expect(parsed.values.every((v) => v.dataSet === 'BTN_THANG')).toBe(true);
      }),
    );
  });

  it('ADX output does not depend on the order values come in', () => {
    const distinctArb = fc.uniqueArray(adxDataValueArb, {
      maxLength: 30,
      selector: (v) => [v.orgUnit, v.period, v.dataElement, v.categoryOptionCombo].join('|'),
    });
    fc.assert(
      fc.property(distinctArb, fc.func(fc.integer()), (values, rank) => {
        const shuffled = [...values].sort((a, b) => rank(a) - rank(b));
        const options = { exported: '2024-01-01T00:00:00Z' };
        expect(toAdx(shuffled, testResolver, options)).toBe(toAdx(values, testResolver, options));
      }),
    );
  });
});
