import { describe, expect, it } from 'vitest';
import { checkPackage } from './check-package.ts';
import { generateOptionCombos } from './option-combos.ts';
import { metadataPackageSchema } from './package-schema.ts';
import { tinyPackage } from './test-builders.ts';
import { uidFor } from './uid.ts';

describe('UIDs and declared option combos', () => {
  it('accepts declared UIDs and codes in DHIS2 style, and refuses malformed ones naming the field', () => {
    const ok = tinyPackage((p) => {
      p.dataElements[0]!.uid = 'fbfJHSPpUQD';
      p.categories[0]!.options[0]!.code = 'TA_P0Y--P5Y';
    });
    expect(metadataPackageSchema.safeParse(ok).success).toBe(true);
    const badUid = metadataPackageSchema.safeParse(tinyPackage((p) => (p.dataElements[0]!.uid = 'fbfJHSPpUQ')));
    expect(badUid.error?.issues[0]).toMatchObject({ path: ['dataElements', 0, 'uid'] });
    expect(badUid.error?.issues[0]!.message).toContain('11 ký tự');
  });

  it('keeps category codes XML names, since they name ADX attributes', () => {
    const bad = metadataPackageSchema.safeParse(tinyPackage((p) => (p.categories[0]!.code = '5-SEX')));
    expect(bad.error?.issues[0]!.path).toEqual(['categories', 0, 'code']);
    expect(bad.error?.issues[0]!.message).toContain('ADX');
    expect(metadataPackageSchema.safeParse(tinyPackage((p) => (p.categories[0]!.code = 'AGE-GROUP'))).success).toBe(
      true,
    );
  });

  it('refuses a code with a dot or a space, saying why', () => {
    const bad = metadataPackageSchema.safeParse(tinyPackage((p) => (p.dataElements[0]!.code = 'X CASES')));
    expect(bad.error?.issues[0]!.message).toContain('dấu chấm');
  });

  it('reports a UID given to two objects of one kind, declared or derived', () => {
    const problems = checkPackage(
      tinyPackage((p) => {
        p.dataElements[0]!.uid = 'fbfJHSPpUQD';
        p.dataElements[1]!.uid = 'fbfJHSPpUQD';
        p.indicators[0]!.uid = uidFor('indicator', 'NOT_THERE');
      }),
    );
    expect(problems).toEqual([
      {
        path: 'dataElements[0].uid',
        message: 'UID "fbfJHSPpUQD" của phần tử dữ liệu "X_CASES" đã dùng cho phần tử dữ liệu "X_DEATHS"',
      },
    ]);
  });

  it('applies declared option-combo identifiers, options in any order', () => {
    const pkg = tinyPackage((p) => {
      p.categoryOptionCombos = [{ categoryCombo: 'FORM', options: ['P'], code: 'POS', uid: 'Prlt0C1RF0s', name: 'Dương tính' }];
      p.indicators[0]!.expression = '#{X_DEATHS} / #{X_CASES.POS} * 100';
    });
    // The declared code replaces the generated one, in expressions too.
    expect(checkPackage(pkg)).toEqual([]);
    const combos = generateOptionCombos(pkg).filter((c) => c.categoryCombo === 'FORM');
    expect(combos[0]).toEqual({
      code: 'POS',
      uid: 'Prlt0C1RF0s',
      name: 'Dương tính',
      categoryCombo: 'FORM',
      options: ['P'],
    });
    expect(combos[1]!.uid).toBeUndefined();
  });

  it('refuses declarations of option combos the combo does not generate, or declared twice', () => {
    const problems = checkPackage(
      tinyPackage((p) => {
        p.categoryOptionCombos = [
          { categoryCombo: 'FORM', options: ['P', 'N'] },
          { categoryCombo: 'KHONG_CO', options: [] },
          { categoryCombo: 'FORM', options: ['N'], code: 'X' },
          { categoryCombo: 'FORM', options: ['N'], code: 'Y' },
        ];
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      'categoryOptionCombos[0].options',
      'categoryOptionCombos[1].categoryCombo',
      'categoryOptionCombos[3].options',
    ]);
    expect(problems[0]!.message).toBe('Tổ hợp phân tổ "FORM" không sinh ra tổ hợp mục phân tổ gồm các mục [P, N]');
  });

  it('refuses a declared option-combo code already used in the same combo', () => {
    const problems = checkPackage(
      tinyPackage((p) => (p.categoryOptionCombos = [{ categoryCombo: 'FORM', options: ['P'], code: 'N' }])),
    );
    expect(problems.map((p) => p.message)).toContain('Mã tổ hợp mục phân tổ "N" lặp lại trong tổ hợp phân tổ "FORM"');
  });

  it('reads references to codes with "-" in expressions', () => {
    const pkg = tinyPackage((p) => {
      p.categories[0]!.options[0]!.code = 'TA_P0Y--P5Y';
      p.indicators[0]!.expression = `#{${p.dataElements[0]!.code}.TA_P0Y--P5Y}`;
    });
    expect(checkPackage(pkg)).toEqual([]);
    const broken = tinyPackage((p) => (p.indicators[0]!.expression = '#{X_CASES.TA_P0Y--P5Y}'));
    expect(checkPackage(broken)[0]!.message).toBe(
      'Phần tử dữ liệu "X_CASES" không có tổ hợp mục phân tổ "TA_P0Y--P5Y"',
    );
  });
});
