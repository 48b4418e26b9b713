import { describe, expect, it } from 'vitest';
import type { DataValue } from '../datavalue/types.ts';
import { parseAdx } from './adx-reader.ts';
import { toAdx } from './adx-writer.ts';
import { parseDhis2Csv } from './csv-reader.ts';
import { toDhis2Csv } from './csv-writer.ts';
import { buildValues, sortedValues, testResolver, withoutPlace } from './interchange.arbitraries.ts';
import { parseDataValueSetJson } from './json-reader.ts';
import { toDataValueSetJson } from './json-writer.ts';

// Field-by-field, as a deep equality over a million objects is slower than the round trip itself.
function countDifferences(read: readonly DataValue[], written: readonly DataValue[]): number {
  let differences = Math.abs(read.length - written.length);
  for (let i = 0; i < Math.min(read.length, written.length); i++) {
    const a = read[i]!;
    const b = written[i]!;
    const same =
      a.dataElement === b.dataElement &&
      a.categoryOptionCombo === b.categoryOptionCombo &&
      a.orgUnit === b.orgUnit &&
      a.period === b.period &&
      a.value === b.value &&
      a.comment === b.comment;
    if (!same) differences += 1;
  }
  return differences;
}

describe('large files', () => {
  const values = buildValues(10_000);

  it('round-trips 10,000 values exactly through JSON', () => {
    const parsed = parseDataValueSetJson(toDataValueSetJson(values));
    expect(parsed.problems).toEqual([]);
    expect(parsed.values.map(withoutPlace)).toEqual(values);
  });

  it('round-trips 10,000 values exactly through CSV', () => {
    const parsed = parseDhis2Csv(toDhis2Csv(values));
    expect(parsed.problems).toEqual([]);
    expect(parsed.values.map(withoutPlace)).toEqual(values);
  });

  it('round-trips 10,000 values exactly through ADX', () => {
    const parsed = parseAdx(toAdx(values, testResolver, { exported: '2024-01-01T00:00:00Z' }), testResolver);
    expect(parsed.problems).toEqual([]);
    expect(sortedValues(parsed.values.map(withoutPlace))).toEqual(sortedValues(values));
  });

  it('writes and reads back 1,000,000 values in JSON', { timeout: 120_000 }, () => {
    const million = buildValues(1_000_000);
    const parsed = parseDataValueSetJson(toDataValueSetJson(million));
    expect(parsed.problems).toEqual([]);
    expect(countDifferences(parsed.values, million)).toBe(0);
    expect(parsed.values[999_999]!.index).toBe(999_999);
  });
});
