import { describe, expect, it } from 'vitest';
import { checkPackage } from '../metadata/check-package.ts';
import { DEFAULT_PACKAGE } from '../metadata/default-package.ts';
import { generateOptionCombos } from '../metadata/option-combos.ts';
import { KONTUM_ORG_UNITS } from '../orgunit/kontum.ts';
import type { MetadataSnapshot } from './dhis2-context.ts';
import { dhis2Sample, FEMALE_COC, MALE_COC } from './dhis2-sample.fixture.ts';
import { readDhis2Metadata } from './read-metadata.ts';
import { writeDhis2Metadata } from './write-metadata.ts';

const snapshot: MetadataSnapshot = {
  ...DEFAULT_PACKAGE,
  ...KONTUM_ORG_UNITS,
  categoryOptionCombos: generateOptionCombos(DEFAULT_PACKAGE),
};

describe('readDhis2Metadata', () => {
  it('reads a small DHIS2 instance with its UIDs', () => {
    const { file, problems, warnings } = readDhis2Metadata(dhis2Sample(), snapshot);
    expect(problems).toEqual([]);
    expect(file.categories).toEqual([
      {
        code: 'GENDER',
        uid: 'cX5k9anHEHd',
        name: 'Giới',
        options: [
          { code: 'MALE', uid: 'LEq6dvINdYB', name: 'Nam' },
          { code: 'FEMALE', uid: 'mwN7QuEfT8m', name: 'Nữ' },
        ],
      },
    ]);
    expect(file.categoryCombos).toEqual([
      { code: 'GENDER', uid: 'dPmavA0qloX', name: 'Giới', categories: ['GENDER'] },
      { code: 'default', uid: 'bRowv6yZOF2', name: 'Mặc định', categories: [] },
    ]);
    expect(file.categoryOptionCombos).toEqual([
      { categoryCombo: 'GENDER', options: ['MALE'], uid: MALE_COC, name: 'Nam', code: 'COC_MALE' },
      { categoryCombo: 'GENDER', options: ['FEMALE'], uid: FEMALE_COC, name: 'Nữ' },
    ]);
    expect(file.dataElements[1]).toEqual({
      code: 'TA_P0Y--P5Y',
      uid: 'YtbsuPPo010',
      name: 'Số liều sởi',
      valueType: 'INTEGER_ZERO_OR_POSITIVE',
      aggregationType: 'SUM',
      categoryCombo: 'GENDER',
    });
    expect(file.orgUnits!.map((u) => [u.code, u.uid, u.level, u.parent, u.openingDate, u.closingDate])).toEqual([
      ['OU_525', 'ImspTQPwCqd', 1, null, '1994-01-01', null],
      ['OU_264', 'O6uvpzGd5pu', 2, 'OU_525', '1994-01-01', null],
      ['OU_193190', 'fdc6uOvgoji', 2, 'OU_525', '1994-01-01', '2017-06-30'],
    ]);
    expect(file.dataSets).toEqual([
      {
        code: 'DS_394131',
        uid: 'pBOMPrpg1QX',
        name: 'Sức khỏe mẹ và trẻ',
        periodType: 'Monthly',
        dueDay: 15,
        openDaysAfterPeriod: 10,
        orgUnitLevel: 2,
        sections: [{ code: 'DS_394131_S1', name: 'Sức khỏe mẹ và trẻ', dataElements: ['DE_359596', 'TA_P0Y--P5Y'] }],
      },
    ]);
    expect(file.dataSetAssignments).toEqual({ DS_394131: ['OU_264', 'OU_193190'] });
    expect(file.indicators[0]).toMatchObject({
      code: 'IN_52462',
      uid: 'Uvn6LCg7dVU',
      expression: '(#{TA_P0Y--P5Y.COC_MALE}) / (#{TA_P0Y--P5Y}) * 100',
      decimals: 1,
    });
    expect(file.validationRules[0]).toMatchObject({
      code: 'VR_MEASLES',
      left: '#{TA_P0Y--P5Y.COC_MALE}',
      operator: '<=',
      right: '#{TA_P0Y--P5Y}',
      missingValueStrategy: 'SKIP_IF_ALL_VALUES_MISSING',
      message: 'Số liều sởi của nam không được lớn hơn tổng số liều',
    });
    // Whatever SYT has no place for is named, once per property.
    const messages = warnings.map((w) => w.message);
    expect(messages).toContain('Thuộc tính "geometry" của 1 đơn vị không có chỗ trong SYT nên không được nhập');
    expect(messages).toContain(
      'Thuộc tính "zeroIsSignificant" của 1 phần tử dữ liệu không có chỗ trong SYT nên không được nhập',
    );
    expect(messages).toContain(
      'Thuộc tính "organisationUnitLevels" của 1 quy tắc kiểm tra không có chỗ trong SYT nên không được nhập',
    );
    expect(messages).toContain(
      'Thuộc tính "leftSide.description" của 1 quy tắc kiểm tra không có chỗ trong SYT nên không được nhập',
    );
    expect(messages.some((m) => m.includes('"created"'))).toBe(false);
    // The converted file is a sound SYT package once merged with the stored one.
    const merged = { ...DEFAULT_PACKAGE };
    for (const key of [
      'categories',
      'categoryCombos',
      'dataElements',
      'dataSets',
      'indicators',
      'validationRules',
    ] as const) {
      const codes = new Set(file[key].map((x) => x.code));
      Object.assign(merged, { [key]: [...file[key], ...DEFAULT_PACKAGE[key].filter((x) => !codes.has(x.code))] });
    }
    expect(checkPackage({ ...merged, categoryOptionCombos: file.categoryOptionCombos! })).toEqual([]);
  });

  it('refuses every broken reference, naming the object, the field and the missing id', () => {
    const doc = dhis2Sample();
    doc.dataElements[0]!.categoryCombo = { id: 'AAAAAAAAAAA' };
    (doc.organisationUnits[1] as { parent?: { id: string } }).parent = { id: 'BBBBBBBBBBB' };
    doc.indicators[0]!.denominator = '#{CCCCCCCCCCC}';
    doc.dataSets[0]!.dataSetElements.push({ dataElement: { id: 'DDDDDDDDDDD' } });
    const { problems } = readDhis2Metadata(doc, snapshot);
    expect(problems).toEqual([
      {
        path: 'dataElements[0].categoryCombo.id',
        message:
          'Phần tử dữ liệu "Khám thai lần 1" (fbfJHSPpUQD): categoryCombo.id trỏ tới id "AAAAAAAAAAA" không có trong tệp hay trong hệ thống',
      },
      {
        path: 'organisationUnits[1].parent.id',
        message: 'Đơn vị "Bo" (O6uvpzGd5pu): parent.id trỏ tới id "BBBBBBBBBBB" không có trong tệp hay trong hệ thống',
      },
      {
        path: 'dataSets[0].dataSetElements[2].dataElement.id',
        message:
          'Biểu mẫu "Sức khỏe mẹ và trẻ" (pBOMPrpg1QX): dataSetElements[2].dataElement.id trỏ tới id "DDDDDDDDDDD" không có trong tệp hay trong hệ thống',
      },
      {
        path: 'indicators[0].denominator',
        message:
          'Chỉ số "Tỷ lệ sởi nam" (Uvn6LCg7dVU): denominator trỏ tới id "CCCCCCCCCCC" không có trong tệp hay trong hệ thống',
      },
    ]);
  });

  it('refuses what SYT cannot represent: a period type it does not store, a value type, a pair rule', () => {
    const doc = dhis2Sample();
    doc.dataSets[0]!.periodType = 'BiMonthly';
    doc.dataElements[0]!.valueType = 'BOOLEAN';
    doc.validationRules[0]!.operator = 'compulsory_pair';
    const messages = readDhis2Metadata(doc, snapshot).problems.map((p) => p.message);
    expect(messages).toContain(
      'Biểu mẫu "Sức khỏe mẹ và trẻ" (pBOMPrpg1QX): loại kỳ chưa hỗ trợ "BiMonthly" (SYT lưu các loại kỳ Weekly, Monthly, Quarterly, SixMonthly, Yearly)',
    );
    expect(messages.some((m) => m.includes('valueType "BOOLEAN" chưa hỗ trợ'))).toBe(true);
    expect(messages.some((m) => m.includes('operator "compulsory_pair" chưa hỗ trợ'))).toBe(true);
  });

  it('resolves references to objects already stored', () => {
    const doc = {
      dataElements: [
        {
          id: 'fbfJHSPpUQD',
          code: 'NEW_DE',
          name: 'Mới',
          valueType: 'NUMBER',
          aggregationType: 'SUM',
          categoryCombo: { id: 'bRowv6yZOF2' },
        },
      ],
    };
    const { problems, file } = readDhis2Metadata(doc, snapshot);
    expect(problems).toEqual([]);
    expect(file.dataElements[0]!.categoryCombo).toBe('default');
    expect(file.orgUnits).toBeUndefined();
  });
});

describe('writeDhis2Metadata', () => {
  it('round-trips SYT metadata: same objects, same UIDs', () => {
    const doc = writeDhis2Metadata(snapshot);
    const { file, problems } = readDhis2Metadata(JSON.parse(JSON.stringify(doc)), snapshot);
    expect(problems).toEqual([]);
    const byCode = <T extends { code: string }>(list: T[]) => new Map(list.map((x) => [x.code, x]));
    const stored = byCode(snapshot.dataElements);
    for (const e of file.dataElements) expect({ ...stored.get(e.code), uid: e.uid }).toEqual(e);
    expect(file.dataSets.map((d) => ({ ...d, uid: undefined }))).toEqual(
      snapshot.dataSets.map((d) => ({ ...d, uid: undefined })),
    );
    expect(file.indicators.map((i) => i.expression)).toEqual(snapshot.indicators.map((i) => i.expression));
    expect(file.validationRules.map(({ uid: _uid, ...r }) => r)).toEqual(snapshot.validationRules);
    expect(file.orgUnits).toEqual(
      snapshot.orgUnits.map((u) => ({ ...u, uid: file.orgUnits!.find((x) => x.code === u.code)!.uid })),
    );
  });
});
