import { describe, expect, it } from 'vitest';
import data from '../../data/kontum-org-units.json' with { type: 'json' };
import { DEFAULT_PACKAGE } from '../metadata/default-package.ts';
import { checkOrgUnitPackage } from './check-org-units.ts';
import { KONTUM_ORG_UNITS } from './kontum.ts';
import { orgUnitPackageSchema } from './org-unit-schema.ts';

// The org units of DATA_DICTIONARY.md, in the province's canonical order.
const DISTRICTS: [string, string][] = [
  ['608', 'Thành phố Kon Tum'],
  ['615', 'Đăk Hà'],
  ['612', 'Đăk Tô'],
  ['611', 'Ngọc Hồi'],
  ['610', 'Đăk Glei'],
  ['617', 'Tu Mơ Rông'],
  ['614', 'Kon Rẫy'],
  ['613', 'Kon Plông'],
  ['616', 'Sa Thầy'],
  ['618', "Ia H'Drai"],
];
const units = KONTUM_ORG_UNITS.orgUnits;
const unit = (code: string) => units.find((u) => u.code === code)!;

describe('Kon Tum demo org units', () => {
  it('passes the schema unchanged and has no integrity problems', () => {
    expect(orgUnitPackageSchema.safeParse(data).success).toBe(true);
    expect(KONTUM_ORG_UNITS).toEqual(data);
    expect(
      checkOrgUnitPackage(
        KONTUM_ORG_UNITS,
        DEFAULT_PACKAGE.dataSets.map((d) => d.code),
      ),
    ).toEqual([]);
  });

  it('holds the province, its ten districts with dictionary names, and Quảng Ngãi', () => {
    expect(unit('62')).toMatchObject({
      name: 'Tỉnh Kon Tum',
      level: 1,
      parent: null,
      closingDate: '2025-06-30',
      successors: ['51'],
    });
    expect(unit('51')).toMatchObject({
      name: 'Tỉnh Quảng Ngãi',
      level: 1,
      parent: null,
      openingDate: '2025-07-01',
      closingDate: null,
    });
    DISTRICTS.forEach(([code, name], i) => {
      expect(unit(code)).toMatchObject({
        name,
        level: 2,
        parent: '62',
        sortOrder: i + 1,
        closingDate: '2025-06-30',
        successors: ['51'],
      });
    });
    expect(unit('608').sentenceName).toBe('thành phố Kon Tum');
    expect(units).toHaveLength(15);
  });

  it('holds the CDC and the two sub-departments beside the districts, as health units that are no area', () => {
    const health = units.filter((u) => u.type === 'HEALTH_UNIT');
    expect(health.map((u) => [u.code, u.parent, u.level])).toEqual([
      ['KT_CDC', '62', 2],
      ['KT_CCDS', '62', 2],
      ['KT_CCATTP', '62', 2],
    ]);
    expect(unit('KT_CDC').name).toBe('Trung tâm Kiểm soát bệnh tật tỉnh Kon Tum');
    expect(units.filter((u) => u.parent === '62' && u.type === undefined)).toHaveLength(DISTRICTS.length);
  });

  it('assigns the disease forms to the districts (the weekly one also to Quảng Ngãi), the activity form and the yearly one to the province', () => {
    expect(KONTUM_ORG_UNITS.dataSetAssignments).toEqual({
      BTN_THANG: DISTRICTS.map(([c]) => c),
      BTN_TUAN: [...DISTRICTS.map(([c]) => c), '51'],
      HOATDONG_THANG: ['62'],
      CHITIEU_NAM: ['62'],
    });
  });

  it('stores names in NFC', () => {
    for (const u of data.orgUnits) {
      for (const s of [u.name, u.sentenceName ?? '']) expect(s === s.normalize('NFC'), s).toBe(true);
    }
  });
});
