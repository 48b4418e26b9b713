/** DHIS2's own payloads: header options, per-value fields, CSV aliases and ADX group attributes. */
import { describe, expect, it } from 'vitest';
import { parseAdx } from './adx-reader.ts';
import { parseDhis2Csv } from './csv-reader.ts';
import { parseDataValueSetJson } from './json-reader.ts';
import { testResolver } from './interchange.arbitraries.ts';
import { messages } from './messages.ts';
import type { ComboResolver } from './types.ts';

const json = (doc: unknown): string => JSON.stringify(doc);
const one = { dataElement: 'LAO_CASES', period: '202311', orgUnit: '615', value: '3' };
const adx = (groups: string) => `<adx xmlns="urn:ihe:qrph:adx:2015">${groups}</adx>`;

describe('JSON header: DHIS2 import options', () => {
  it('reads every option, letter case as DHIS2 ignores it, older strategy names too', () => {
    const { header, problems } = parseDataValueSetJson(
      json({
        dataSet: 'BTN_THANG',
        completeDate: '2024-02-05',
        period: '202401',
        orgUnit: '615',
        attributeOptionCombo: 'DU_AN_A',
        idScheme: 'code',
        dataElementIdScheme: 'UID',
        orgUnitIdScheme: 'Name',
        categoryOptionComboIdScheme: 'CODE',
        dataSetIdScheme: 'uid',
        dryRun: 'true',
        importStrategy: 'new_and_updates',
        atomicMode: 'none',
        skipExistingCheck: false,
        dataValues: [],
      }),
    );
    expect(problems).toEqual([]);
    expect(header).toEqual({
      dataSet: 'BTN_THANG',
      completeDate: '2024-02-05',
      period: '202401',
      orgUnit: '615',
      attributeOptionCombo: 'DU_AN_A',
      idScheme: 'CODE',
      dataElementIdScheme: 'UID',
      orgUnitIdScheme: 'NAME',
      categoryOptionComboIdScheme: 'CODE',
      dataSetIdScheme: 'UID',
      dryRun: true,
      importStrategy: 'CREATE_AND_UPDATE',
      atomicMode: 'NONE',
      skipExistingCheck: false,
    });
  });

  it('refuses a bad option or completion date, naming the field', () => {
    const { problems } = parseDataValueSetJson(
      json({
        completeDate: 'not-a-date',
        importStrategy: 'MERGE',
        idScheme: 'ATTRIBUTE:abc',
        dryRun: 'yes',
        dataValues: [one],
      }),
    );
    expect(problems.map((p) => [p.index, p.field, p.code, p.message])).toEqual([
      [
        null,
        'completeDate',
        'INVALID_HEADER',
        'Phần đầu tệp: ngày hoàn thành (completeDate) "not-a-date" không phải ngày ISO 8601 (ví dụ 2024-02-05)',
      ],
      [
        null,
        'idScheme',
        'INVALID_HEADER',
        'Phần đầu tệp: idScheme "ATTRIBUTE:abc" không hợp lệ (cần một trong: UID, CODE, NAME)',
      ],
      [
        null,
        'importStrategy',
        'INVALID_HEADER',
        'Phần đầu tệp: importStrategy "MERGE" không hợp lệ (cần một trong: CREATE, UPDATE, CREATE_AND_UPDATE, DELETE)',
      ],
      [null, 'dryRun', 'INVALID_HEADER', 'Phần đầu tệp: dryRun phải là true hoặc false, không phải "yes"'],
    ]);
  });

  it('accepts a completion date-time, and refuses an impossible date', () => {
    expect(
      parseDataValueSetJson(json({ completeDate: '2024-02-05T10:20:30.000+0700', dataValues: [] })).header,
    ).toEqual({
      completeDate: '2024-02-05T10:20:30.000+0700',
    });
    expect(parseDataValueSetJson(json({ completeDate: '2023-02-29', dataValues: [] })).problems).toHaveLength(1);
  });
});

describe('JSON values: DHIS2 per-value fields', () => {
  it('reads deleted, followup, storedBy, created and lastUpdated; a deletion needs no value', () => {
    const text = json({
      dataValues: [
        { ...one, deleted: true, value: undefined },
        {
          ...one,
          followup: 'TRUE',
          deleted: 'false',
          storedBy: 'admin',
          created: '2024-01-01T08:00:00.000',
          lastUpdated: '2024-01-02T09:30:00Z',
        },
      ],
    });
    const { values, problems } = parseDataValueSetJson(text);
    expect(problems).toEqual([]);
    expect(values[0]).toMatchObject({ deleted: true, value: '' });
    expect(values[1]).toMatchObject({
      followup: true,
      deleted: false,
      storedBy: 'admin',
      created: '2024-01-01T08:00:00.000',
      lastUpdated: '2024-01-02T09:30:00Z',
    });
  });

  it('refuses a flag that is not a boolean, a date that is not ISO, and a missing value not deleted', () => {
    const text = json({
      dataValues: [
        { ...one, deleted: 'yes' },
        { ...one, followup: 1, lastUpdated: '02/01/2024' },
        { ...one, value: undefined, deleted: false },
      ],
    });
    const { values, problems } = parseDataValueSetJson(text);
    expect(values).toEqual([]);
    expect(problems.map((p) => [p.index, p.field, p.message])).toEqual([
      [0, 'deleted', 'Dấu xóa (deleted) phải là true hoặc false, không phải "yes"'],
      [1, 'followup', 'Dấu cần theo dõi (followup) phải là true hoặc false, không phải "1"'],
      [
        1,
        'lastUpdated',
        'Thời điểm cập nhật (lastUpdated) "02/01/2024" không phải ngày giờ ISO 8601 (ví dụ 2024-02-05T10:20:30)',
      ],
      [2, 'value', 'Thiếu giá trị (value)'],
    ]);
  });

  it('reads past fields DHIS2 does not have, warning once per field; refuses attributeCategoryOptions', () => {
    const text = json({ extra: 1, dataValues: [one, { ...one, ghiChu: 'x' }, { ...one, ghiChu: 'y' }] });
    const { values, problems, warnings } = parseDataValueSetJson(text);
    expect(problems).toEqual([]);
    expect(values).toHaveLength(3);
    expect(warnings).toEqual([
      {
        index: null,
        field: 'extra',
        code: 'UNKNOWN_FIELD',
        message: 'Phần đầu tệp: trường "extra" không thuộc định dạng dataValueSets của DHIS2; trường này được bỏ qua',
      },
      {
        index: 1,
        field: 'ghiChu',
        code: 'UNKNOWN_FIELD',
        message: 'Trường "ghiChu" không thuộc định dạng dataValueSets của DHIS2; trường này được bỏ qua',
      },
    ]);
    const withOptions = parseDataValueSetJson(json({ attributeCategoryOptions: ['abc'], dataValues: [one] }));
    expect(withOptions.problems.map((p) => [p.field, p.code])).toEqual([
      ['attributeCategoryOptions', 'INVALID_HEADER'],
    ]);
  });

  it('gives the place in `locate`, never twice in the message', () => {
    const result = parseDataValueSetJson(json({ dataValues: [one, { ...one, period: 'x' }] }));
    expect(result.locate?.(1)).toBe('Giá trị thứ 2');
    expect(result.problems[0]!.message).not.toMatch(/Giá trị thứ/);
  });
});

describe('CSV: DHIS2 columns and aliases', () => {
  it('reads the documented short names and the timestamp column', () => {
    const text = [
      'dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,timestamp,comment,flwup,deleted',
      'LAO_CASES,202311,615,AFB_POS,DU_AN_A,3,admin,2023-12-01T10:00:00.000+0000,ghi chú,true,',
      'LAO_CASES,202311,615,HllvX50cXC0,HllvX50cXC0,,,,,,true',
    ].join('\n');
    const { values, problems, warnings } = parseDhis2Csv(text);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(values).toEqual([
      {
        dataElement: 'LAO_CASES',
        categoryOptionCombo: 'AFB_POS',
        attributeOptionCombo: 'DU_AN_A',
        orgUnit: '615',
        period: '202311',
        value: '3',
        storedBy: 'admin',
        lastUpdated: '2023-12-01T10:00:00.000+0000',
        comment: 'ghi chú',
        followup: true,
        index: 0,
      },
      {
        dataElement: 'LAO_CASES',
        categoryOptionCombo: 'default',
        orgUnit: '615',
        period: '202311',
        value: '',
        deleted: true,
        index: 1,
      },
    ]);
  });

  it('reads deleted and followup by position in a file without a header row', () => {
    const { values } = parseDhis2Csv('A,2024,615,,,,,,,false,TRUE');
    expect(values[0]).toMatchObject({ deleted: true, followup: false, value: '' });
  });
});

describe('ADX: group attributes and DHIS2 data value forms', () => {
  it('reads dataSetComplete as a date or a flag, completeDate, and the group comment as DHIS2 does', () => {
    const text =
      adx(`<group orgUnit="615" period="2023-11-01/P1M" dataSet="BTN" dataSetComplete="2023-12-05" comment="đủ">
      <dataValue dataElement="DE1" value="1"/></group>
      <group orgUnit="62" period="2023-11-01/P1M" dataSet="BTN" dataSetComplete="true"><dataValue dataElement="DE1" value="2"/></group>
      <group orgUnit="63" period="2023-11-01/P1M" completeDate="2023-12-06" attributeOptionCombo="HllvX50cXC0"/>`);
    const { values, problems, groups, header } = parseAdx(text, testResolver);
    expect(problems).toEqual([]);
    expect(groups).toEqual([
      {
        position: 0,
        orgUnit: '615',
        period: '202311',
        dataSet: 'BTN',
        completeDate: '2023-12-05',
        dataSetComplete: true,
        comment: 'đủ',
      },
      { position: 1, orgUnit: '62', period: '202311', dataSet: 'BTN', dataSetComplete: true },
      { position: 2, orgUnit: '63', period: '202311', completeDate: '2023-12-06', dataSetComplete: true },
    ]);
    // DHIS2 passes group attributes through to each value: the group's comment is each value's comment.
    expect(values.map((v) => v.comment)).toEqual(['đủ', undefined]);
    expect(header).toEqual({});
  });

  it('refuses a completion that is neither a date nor true/false, naming the group', () => {
    const text = adx(
      `<group orgUnit="615" period="2023-11-01/P1M" dataSetComplete="yes"><dataValue dataElement="DE1" value="1"/></group>`,
    );
    expect(parseAdx(text, testResolver).problems.map((p) => [p.index, p.code, p.message])).toEqual([
      [
        null,
        'INVALID_HEADER',
        'Nhóm thứ 1: ngày hoàn thành (dataSetComplete) "yes" không phải ngày ISO 8601 (ví dụ 2024-02-05)',
      ],
    ]);
  });

  it("reads a value's own comment and DHIS2 fields from its attributes; its comment beats the group's", () => {
    const text = adx(`<group orgUnit="615" period="2023-11-01/P1M" comment="nhóm">
      <dataValue dataElement="DE1" value="1" comment="riêng" storedBy="admin" followup="true" deleted="false"
        created="2023-12-01T08:00:00" lastUpdated="2023-12-02"/>
      <dataValue dataElement="DE1" value="2" followup="có"/></group>`);
    const { values, problems } = parseAdx(text, testResolver);
    expect(values).toEqual([
      {
        dataElement: 'DE1',
        categoryOptionCombo: 'default',
        orgUnit: '615',
        period: '202311',
        value: '1',
        comment: 'riêng',
        storedBy: 'admin',
        followup: true,
        deleted: false,
        created: '2023-12-01T08:00:00',
        lastUpdated: '2023-12-02',
        index: 0,
      },
    ]);
    expect(problems.map((p) => [p.index, p.field, p.code])).toEqual([[1, 'followup', 'INVALID_FIELD']]);
  });

  it('reads a categoryOptionCombo attribute as the combo itself', () => {
    const text = adx(
      `<group orgUnit="615" period="2023-11-01/P1M"><dataValue dataElement="HIV_MOI" categoryOptionCombo="NAM_DUOI_15" value="4"/></group>`,
    );
    const { values, problems } = parseAdx(text, testResolver);
    expect(problems).toEqual([]);
    expect(values[0]!.categoryOptionCombo).toBe('NAM_DUOI_15');
  });

  it('reads the annotation as the value of a text element, as DHIS2 does', () => {
    const resolver: ComboResolver = { ...testResolver, isNumeric: (de) => de !== 'GHI_CHU_TEXT' };
    const text = adx(`<group orgUnit="615" period="2023-11-01/P1M">
      <dataValue dataElement="GHI_CHU_TEXT" value="0"><annotation>Không có ca bệnh</annotation></dataValue>
      <dataValue dataElement="DE1" value="5"/></group>`);
    const { values } = parseAdx(text, resolver);
    expect(values.map((v) => [v.value, v.comment])).toEqual([
      ['Không có ca bệnh', undefined],
      ['5', undefined],
    ]);
    const withoutMetadata = adx(
      `<group orgUnit="615" period="2023-11-01/P1M"><dataValue dataElement="X"><annotation>chữ</annotation></dataValue></group>`,
    );
    expect(parseAdx(withoutMetadata, testResolver).values.map((v) => v.value)).toEqual(['chữ']);
  });

  it('leaves an element the metadata lacks to be refused by name, not its categories blamed', () => {
    const resolver: ComboResolver = { ...testResolver, knows: (de) => de in { HIV_MOI: 1, DE1: 1 } };
    const text = adx(
      `<group orgUnit="615" period="2023-11-01/P1M"><dataValue dataElement="KHONG_CO" GIOI_TINH="NAM" value="1"/></group>`,
    );
    const { values, problems } = parseAdx(text, resolver);
    expect(problems).toEqual([]);
    expect(values.map((v) => [v.dataElement, v.categoryOptionCombo])).toEqual([['KHONG_CO', 'NAM']]);
  });
});

describe('periods of every DHIS2 type', () => {
  it("are read in canonical form by every reader; storing them is the server's decision", () => {
    const codes = [
      '20240115',
      '2024W3',
      '2024WedW3',
      '2024BiW1',
      '202401B',
      '2024NovQ1',
      '2024AprilS1',
      '2024April',
      '2024Nov',
    ];
    const fromJson = parseDataValueSetJson(json({ dataValues: codes.map((period) => ({ ...one, period })) }));
    expect(fromJson.problems).toEqual([]);
    expect(fromJson.values.map((v) => v.period)).toEqual([
      '20240115',
      '2024W03',
      '2024WedW3',
      '2024BiW1',
      '202401B',
      '2024NovQ1',
      '2024AprilS1',
      '2024April',
      '2024Nov',
    ]);
    expect(parseDhis2Csv(`A,2024July,615,,,1`).values[0]!.period).toBe('2024July');
    // A first row naming a column in its first cell is still data when its second cell is a DHIS2 period.
    expect(parseDhis2Csv(`value,2024AprilS1,615,,,1`).values.map((v) => v.period)).toEqual(['2024AprilS1']);
    const durations = ['2024-04-01/P1Y', '2024-01-15/P1D', '2024-01-01/P2M', '2024-01-01/P14D'].map(
      (period) => `<group orgUnit="615" period="${period}"><dataValue dataElement="DE1" value="1"/></group>`,
    );
    expect(parseAdx(adx(durations.join('')), testResolver).values.map((v) => v.period)).toEqual([
      '2024April',
      '20240115',
      '202401B',
      '2024BiW1',
    ]);
  });

  it('have a message for the types SYT does not store', () => {
    expect(messages.unsupportedPeriodType('Dòng 2', '2024April', 'FinancialApril')).toBe(
      'Dòng 2: kỳ báo cáo "2024April" thuộc loại kỳ chưa hỗ trợ (FinancialApril)',
    );
    expect(messages.unsupportedPeriodType('', '2024April', 'FinancialApril')).toBe(
      'Kỳ báo cáo "2024April" thuộc loại kỳ chưa hỗ trợ (FinancialApril)',
    );
  });
});
