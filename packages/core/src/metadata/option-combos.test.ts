import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKAGE } from './default-package.ts';
import { generateOptionCombos } from './option-combos.ts';
import type { Category, CategoryCombo } from './types.ts';

describe('generateOptionCombos', () => {
  const combos = generateOptionCombos(DEFAULT_PACKAGE);

  it('gives the default combo and the TB forms exactly', () => {
    expect(combos.filter((c) => c.categoryCombo === 'default')).toEqual([
      { code: 'default', name: 'Mặc định', categoryCombo: 'default', options: [] },
    ]);
    expect(combos.filter((c) => c.categoryCombo === 'LAO_FORM')).toEqual([
      { code: 'AFB_POS', name: 'Lao phổi AFB (+)', categoryCombo: 'LAO_FORM', options: ['AFB_POS'] },
      { code: 'AFB_NEG', name: 'Lao phổi AFB (-)', categoryCombo: 'LAO_FORM', options: ['AFB_NEG'] },
      { code: 'EXTRAPULM', name: 'Lao ngoài phổi', categoryCombo: 'LAO_FORM', options: ['EXTRAPULM'] },
    ]);
    expect(combos.filter((c) => c.categoryCombo === 'TUYEN').map((c) => c.code)).toEqual(['TINH', 'HUYEN', 'PKDKKV']);
  });

  it('joins option codes with "_" and names with ", " in category order', () => {
    const categories: Category[] = [
      {
        code: 'SEX',
        name: 'Giới',
        options: [
          { code: 'M', name: 'Nam' },
          { code: 'F', name: 'Nữ' },
        ],
      },
      {
        code: 'AGE',
        name: 'Tuổi',
        options: [
          { code: 'U5', name: 'Dưới 5 tuổi' },
          { code: 'O5', name: 'Từ 5 tuổi' },
        ],
      },
    ];
    const result = generateOptionCombos({
      categories,
      categoryCombos: [{ code: 'SA', name: 'x', categories: ['SEX', 'AGE'] }],
    });
    expect(result.map((c) => c.code)).toEqual(['M_U5', 'M_O5', 'F_U5', 'F_O5']);
    expect(result[1]!.name).toBe('Nam, Từ 5 tuổi');
    expect(result[2]!.options).toEqual(['F', 'U5']);
  });

  it('throws on a combo naming an unknown category', () => {
    expect(() =>
      generateOptionCombos({ categories: [], categoryCombos: [{ code: 'C', name: 'C', categories: ['NOPE'] }] }),
    ).toThrow(/NOPE/);
  });

  it('yields, per combo, the product of its categories’ option counts, all codes distinct', () => {
    const packages = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 5 }).chain((optionCounts) => {
      const categories: Category[] = optionCounts.map((n, i) => ({
        code: `C${i}`,
        name: `C${i}`,
        options: Array.from({ length: n }, (_, j) => ({ code: `C${i}O${j}`, name: `O${j}` })),
      }));
      const combo = fc.uniqueArray(fc.integer({ min: 0, max: optionCounts.length - 1 }), { maxLength: 3 });
      return fc.record({ categories: fc.constant(categories), picks: fc.array(combo, { minLength: 1, maxLength: 4 }) });
    });
    fc.assert(
      fc.property(packages, ({ categories, picks }) => {
        const categoryCombos: CategoryCombo[] = picks.map((p, i) => ({
          code: `K${i}`,
          name: `K${i}`,
          categories: p.map((j) => `C${j}`),
        }));
        const result = generateOptionCombos({ categories, categoryCombos });
        for (const combo of categoryCombos) {
          const own = result.filter((c) => c.categoryCombo === combo.code);
          const product = combo.categories.reduce(
            (n, c) => n * categories.find((x) => x.code === c)!.options.length,
            1,
          );
          expect(own).toHaveLength(product);
          expect(new Set(own.map((c) => c.code)).size).toBe(product);
        }
      }),
    );
  });
});
