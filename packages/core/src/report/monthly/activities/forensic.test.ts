import { describe, expect, it } from 'vitest';
import { forensicBlocks } from './forensic.ts';
import { fakeContext, texts } from './test-context.ts';

const write = (table: Parameters<typeof fakeContext>[0]) => texts(forensicBlocks(fakeContext(table)));

describe('forensicBlocks', () => {
  it('totals the kinds and lists them, medical assessments in words when none', () => {
    expect(
      write({ GD_PY_AUTOPSY: { month: 6 }, GD_PY_INJURY: { month: 22 }, GD_PY_SEXUAL_ABUSE: { month: 6 } }),
    ).toEqual([
      'Khám giám định pháp y theo trưng cầu: 34 ca, trong đó: 06 ca giám định tử thi, 22 ca giám định thương tích và 06 ca giám định trẻ nghi ngờ hoặc bị xâm hại tình dục.',
      'Khám giám định y khoa: không có.',
    ]);
  });

  it('does not repeat a single kind as "trong đó"', () => {
    expect(write({ GD_PY_INJURY: { month: 5 }, GD_YK: { month: 12 } })).toEqual([
      'Khám giám định pháp y theo trưng cầu: 05 ca giám định thương tích.',
      'Khám giám định y khoa: 12 ca.',
    ]);
  });

  it('says "không có" for no forensic examination', () => {
    expect(write({ GD_YK: { month: 3 } })[0]).toBe('Khám giám định pháp y theo trưng cầu: không có.');
  });
});
