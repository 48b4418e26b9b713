import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesSearch } from './fold.ts';

describe('foldVietnamese', () => {
  it('removes diacritics, maps đ and lower-cases', () => {
    expect(foldVietnamese('Đăk Tô')).toBe('dak to');
    expect(foldVietnamese('Tu Mơ Rông')).toBe('tu mo rong');
    expect(foldVietnamese('Thành phố Kon Tum')).toBe('thanh pho kon tum');
    expect(foldVietnamese('NGỌC HỒI')).toBe('ngoc hoi');
    expect(foldVietnamese('Sa Thầy, Đắk Hà')).toBe('sa thay, dak ha');
  });

  it('gives the same result for NFC and NFD input', () => {
    const name = 'Đắk Glei – Ngọc Linh';
    expect(foldVietnamese(name.normalize('NFD'))).toBe(foldVietnamese(name.normalize('NFC')));
  });

  it('maps typographic apostrophes to ASCII', () => {
    expect(foldVietnamese('Ia H’Drai')).toBe("ia h'drai");
    expect(foldVietnamese('H‘Drai Hʼdrai')).toBe("h'drai h'drai");
  });

  it('collapses and trims whitespace', () => {
    expect(foldVietnamese('  Kon \t Plông\n\u00A0 ')).toBe('kon plong');
    expect(foldVietnamese('')).toBe('');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(foldVietnamese(foldVietnamese(s))).toBe(foldVietnamese(s));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(foldVietnamese(foldVietnamese(s))).toBe(foldVietnamese(s));
      }),
      { numRuns: 500 },
    );
  });
});

describe('matchesSearch', () => {
  it.each([
    ['Đăk Tô', 'dak to'],
    ['Đăk Tô', 'DAK TO'],
    ['Đăk Tô', 'đắk tô'],
    ['Tu Mơ Rông', 'tu mo'],
    ['Tu Mơ Rông', 'rong tu'],
    ['Ia H’Drai', "ia h'drai"],
    ["Ia H'Drai", 'ia h’drai'],
    ['Huyện Kon Plông', '  kon   plong '],
    ['Bất kỳ', ''],
  ])('%j matches %j', (haystack, query) => {
    expect(matchesSearch(haystack, query)).toBe(true);
  });

  it.each([
    ['Đăk Tô', 'dak ha'],
    ['Tu Mơ Rông', 'mo tu x'],
    ['Kon Rẫy', 'kon plong'],
  ])('%j does not match %j', (haystack, query) => {
    expect(matchesSearch(haystack, query)).toBe(false);
  });

  it('matches any string against itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(matchesSearch(s, s)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(matchesSearch(s, s)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a name by any of its words, folded', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1 }), { minLength: 1 }), fc.nat(), (words, i) => {
        const name = words.join(' ');
        expect(matchesSearch(name, foldVietnamese(words[i % words.length] ?? ''))).toBe(true);
      }),
    );
  });
});
