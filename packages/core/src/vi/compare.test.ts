import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVietnamese } from './compare.ts';

describe('compareVietnamese', () => {
  it('sorts in Vietnamese alphabetical order', () => {
    const names = ['Đắk Hà', 'Ea Súp', 'Dương Minh Châu', 'Ân Thi', 'Ayun Pa', 'Ăn Khê', 'Bắc Ninh', 'Cư Jút'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'Ayun Pa',
      'Ăn Khê',
      'Ân Thi',
      'Bắc Ninh',
      'Cư Jút',
      'Dương Minh Châu',
      'Đắk Hà',
      'Ea Súp',
    ]);
  });

  it('orders o ô ơ and u ư as letters of their own', () => {
    expect(['ơ', 'o', 'ô', 'ư', 'u', 'v'].sort(compareVietnamese)).toEqual(['o', 'ô', 'ơ', 'u', 'ư', 'v']);
  });

  it('orders numbers by value', () => {
    expect(['Phường 10', 'Phường 2', 'Phường 1'].sort(compareVietnamese)).toEqual([
      'Phường 1',
      'Phường 2',
      'Phường 10',
    ]);
  });

  it('treats NFC and NFD spellings as equal', () => {
    expect(compareVietnamese('Tu Mơ Rông'.normalize('NFD'), 'Tu Mơ Rông'.normalize('NFC'))).toBe(0);
  });

  it('is antisymmetric', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareVietnamese(a, b))).toBe(-Math.sign(compareVietnamese(b, a)) || 0);
      }),
    );
  });
});
