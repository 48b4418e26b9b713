import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormulaText, restoreFormulaText } from './formula-guard.ts';
import { textArb } from './interchange.arbitraries.ts';

describe('neutraliseFormulaText', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1+1', "'+1+1"],
    ['-2+3+cmd|x', "'-2+3+cmd|x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'=1", "''=1"],
  ])('quotes %j', (text, quoted) => {
    expect(neutraliseFormulaText(text)).toBe(quoted);
  });

  it.each(['-5', '+3', '-0.25', '1e5', '-1.5E-3', 'Tăng 5 ca', "it's", '', 'a=b'])('leaves %j alone', (text) => {
    expect(neutraliseFormulaText(text)).toBe(text);
  });

  it('is undone by restoreFormulaText for every string', () => {
    const prefixed = fc.tuple(fc.constantFrom('', "'", "''", '=', '-', '+', '@', '\t', '\r', "'-", '-1'), fc.oneof(textArb, fc.string()));
    fc.assert(fc.property(prefixed, ([head, tail]) => restoreFormulaText(neutraliseFormulaText(head + tail)) === head + tail));
  });
});
