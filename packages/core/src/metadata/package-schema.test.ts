import { describe, expect, it } from 'vitest';
import { orgUnitPackageSchema } from '../orgunit/org-unit-schema.ts';
import { metadataPackageSchema } from './package-schema.ts';
import { tinyPackage } from './test-builders.ts';

describe('package schemas', () => {
  it('normalises user-facing text to NFC and trims it', () => {
    const nfd = 'Sốt rét'.normalize('NFD');
    const parsed = metadataPackageSchema.parse(tinyPackage((p) => (p.diseases[0]!.name = ` ${nfd} `)));
    expect(parsed.diseases[0]!.name).toBe('Sốt rét'.normalize('NFC'));
  });

  it('rejects unknown keys, codes with a dot, bad dates and empty names', () => {
    const bad = [
      { ...tinyPackage(), extra: 1 },
      tinyPackage((p) => (p.dataElements[0]!.code = 'X.CASES')),
      tinyPackage((p) => (p.diseases[0]!.groups[0]!.validTo = '2023-02-30')),
      tinyPackage((p) => (p.indicators[0]!.name = '  ')),
      tinyPackage((p) => (p.dataSets[0]!.dueDay = 0)),
    ];
    for (const pkg of bad) expect(metadataPackageSchema.safeParse(pkg).success).toBe(false);
  });

  it('validates org-unit packages', () => {
    const unit = {
      code: '62',
      name: 'Tỉnh Kon Tum',
      level: 1,
      parent: null,
      sortOrder: 1,
      openingDate: '2004-01-01',
      closingDate: null,
      successors: [],
    };
    expect(
      orgUnitPackageSchema.safeParse({ orgUnits: [unit], dataSetAssignments: { BTN_THANG: ['62'] } }).success,
    ).toBe(true);
    expect(orgUnitPackageSchema.safeParse({ orgUnits: [{ ...unit, level: 0 }], dataSetAssignments: {} }).success).toBe(
      false,
    );
    expect(
      orgUnitPackageSchema.safeParse({ orgUnits: [{ ...unit, openingDate: '2004-1-1' }], dataSetAssignments: {} })
        .success,
    ).toBe(false);
  });
});
