import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkValue } from './value-type.ts';

describe('checkValue', () => {
  it('accepts non-negative integers for counts and normalises them', () => {
    expect(checkValue('INTEGER_ZERO_OR_POSITIVE', ' 07 ')).toEqual({ ok: true, value: '7' });
    expect(checkValue('INTEGER_ZERO_OR_POSITIVE', '0')).toEqual({ ok: true, value: '0' });
  });

  it.each(['-1', '1.5', '2,5', 'mười', '1e3', '', '1 000'])('refuses %j as a count, in Vietnamese', (raw) => {
    const result = checkValue('INTEGER_ZERO_OR_POSITIVE', raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('số nguyên không âm');
  });

  it('reads numbers with a decimal point or comma, and bounds percentages', () => {
    expect(checkValue('NUMBER', '-3,25')).toEqual({ ok: true, value: '-3.25' });
    expect(checkValue('NUMBER', 'abc').ok).toBe(false);
    expect(checkValue('PERCENTAGE', '66,8')).toEqual({ ok: true, value: '66.8' });
    expect(checkValue('PERCENTAGE', '100.5').ok).toBe(false);
  });

  it('keeps text, in NFC', () => {
    expect(checkValue('TEXT', 'Đăk Hà'.normalize('NFD'))).toEqual({ ok: true, value: 'Đăk Hà' });
  });

  it('round-trips every non-negative integer', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(checkValue('INTEGER_ZERO_OR_POSITIVE', String(n))).toEqual({ ok: true, value: String(n) });
      }),
    );
  });
});
