import { describe, expect, it } from 'vitest';
import { comboResolverFromMetadata, joinOptions, splitOptionCombo } from './combo-resolver.ts';
import { testResolver } from './interchange.arbitraries.ts';

describe('option combos ↔ options', () => {
  it('joins options with _ and no options into default', () => {
    expect(joinOptions(['NAM', 'DUOI_15'])).toBe('NAM_DUOI_15');
    expect(joinOptions([])).toBe('default');
  });

  it('splits using known options, so option codes may contain _', () => {
    const categories = testResolver.categoriesOf('HIV_MOI');
    expect(splitOptionCombo(testResolver, categories, 'NU_TU_15_TRO_LEN')).toEqual(['NU', 'TU_15_TRO_LEN']);
    expect(splitOptionCombo(testResolver, ['LAO_FORM'], 'AFB_POS')).toEqual(['AFB_POS']);
  });

  it('falls back to splitting at _ when options are unknown', () => {
    const resolver = { categoriesOf: () => ['A', 'B'] };
    expect(splitOptionCombo(resolver, ['A', 'B'], 'X_Y')).toEqual(['X', 'Y']);
    expect(splitOptionCombo(resolver, ['A', 'B'], 'X_Y_Z')).toBeNull();
  });

  it('refuses combos that do not fit the categories', () => {
    expect(splitOptionCombo(testResolver, [], 'AFB_POS')).toBeNull();
    expect(splitOptionCombo(testResolver, [], 'default')).toEqual([]);
    expect(splitOptionCombo(testResolver, ['LAO_FORM'], 'default')).toBeNull();
  });

  it('builds a resolver from a metadata package', () => {
    const resolver = comboResolverFromMetadata({
      categories: [{ code: 'GT', name: 'Giới tính', options: [{ code: 'NAM', name: 'Nam' }] }],
      categoryCombos: [{ code: 'CC_GT', name: 'Giới tính', categories: ['GT'] }],
      dataElements: [
        { code: 'A', name: 'A', valueType: 'NUMBER', aggregationType: 'SUM', categoryCombo: 'CC_GT' },
        { code: 'B', name: 'B', valueType: 'NUMBER', aggregationType: 'SUM', categoryCombo: 'default' },
      ],
    });
    expect(resolver.categoriesOf('A')).toEqual(['GT']);
    expect(resolver.categoriesOf('B')).toEqual([]);
    expect(resolver.categoriesOf('KHONG_CO')).toEqual([]);
    expect(resolver.optionsOf?.('GT')).toEqual(['NAM']);
  });
});
