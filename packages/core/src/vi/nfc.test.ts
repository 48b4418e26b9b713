import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNfc, toNfc } from './nfc.ts';

describe('NFC', () => {
  it('composes decomposed Vietnamese', () => {
    const nfd = 'Ngọc Hồi'.normalize('NFD');
    expect(isNfc(nfd)).toBe(false);
    expect(toNfc(nfd)).toBe('Ngọc Hồi'.normalize('NFC'));
    expect(toNfc(nfd).length).toBe(8);
    expect(isNfc(toNfc(nfd))).toBe(true);
  });

  it('leaves plain ASCII alone', () => {
    expect(isNfc('Kon Tum')).toBe(true);
    expect(toNfc('Kon Tum')).toBe('Kon Tum');
  });

  it('always yields NFC, idempotently', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(isNfc(toNfc(s))).toBe(true);
        expect(toNfc(toNfc(s))).toBe(toNfc(s));
        expect(toNfc(s.normalize('NFD'))).toBe(toNfc(s));
      }),
    );
  });
});
