import { describe, expect, it } from 'vitest';
import { identifierIndex, schemesOf } from './id-schemes.ts';

describe('schemesOf', () => {
  it("falls back to the caller's default", () => {
    expect(schemesOf({}, 'UID')).toEqual({
      dataElement: 'UID',
      orgUnit: 'UID',
      categoryOptionCombo: 'UID',
      attributeOptionCombo: 'UID',
      dataSet: 'UID',
    });
    expect(schemesOf({}, 'CODE').orgUnit).toBe('CODE');
  });

  it("puts a kind's own scheme over idScheme, and idScheme over the default", () => {
    expect(schemesOf({ idScheme: 'CODE', orgUnitIdScheme: 'NAME', categoryOptionComboIdScheme: 'UID' }, 'UID')).toEqual(
      {
        dataElement: 'CODE',
        orgUnit: 'NAME',
        categoryOptionCombo: 'UID',
        attributeOptionCombo: 'UID',
        dataSet: 'CODE',
      },
    );
    expect(schemesOf({ dataElementIdScheme: 'NAME', dataSetIdScheme: 'CODE' }, 'UID')).toMatchObject({
      dataElement: 'NAME',
      orgUnit: 'UID',
      dataSet: 'CODE',
    });
  });
});

describe('identifierIndex', () => {
  const units = [
    { code: 'KT', uid: 'Ab3dEf6hIj1', name: 'Kon Tum' },
    { code: 'KT_DAK_HA', uid: 'Bc4eFg7iJk2', name: 'Trạm Y tế xã Đăk Hà' },
    { code: 'KT_DAK_HA_2', uid: 'Cd5fGh8jKl3', name: 'Trạm Y tế xã Đăk Hà' },
    { code: 'NO_NAME' },
  ];

  it('UID and CODE match exactly, both ways', () => {
    const byUid = identifierIndex(units, 'UID');
    expect(byUid.toCode('Ab3dEf6hIj1')).toBe('KT');
    expect(byUid.toCode('ab3def6hij1')).toBeUndefined();
    expect(byUid.fromCode('KT_DAK_HA')).toBe('Bc4eFg7iJk2');
    expect(byUid.fromCode('NO_NAME')).toBeUndefined();
    const byCode = identifierIndex(units, 'CODE');
    expect(byCode.toCode('KT')).toBe('KT');
    expect(byCode.toCode('kt')).toBeUndefined();
    expect(byCode.fromCode('KT')).toBe('KT');
  });

  it('NAME matches after NFC, and a shared name names nothing but says so', () => {
    const byName = identifierIndex(units, 'NAME');
    expect(byName.toCode('Kon Tum')).toBe('KT');
    expect(byName.toCode('Kon Tum'.normalize('NFD'))).toBe('KT');
    expect(byName.toCode('kon tum')).toBeUndefined();
    expect(byName.isAmbiguous('Kon Tum')).toBe(false);
    const shared = 'Trạm Y tế xã Đăk Hà'.normalize('NFD');
    expect(byName.toCode(shared)).toBeUndefined();
    expect(byName.isAmbiguous(shared)).toBe(true);
    expect(byName.isAmbiguous('Không có')).toBe(false);
    expect(byName.fromCode('KT_DAK_HA_2')).toBe('Trạm Y tế xã Đăk Hà');
  });
});
