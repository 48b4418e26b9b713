/** DHIS2's own JSON payloads: header options and per-value fields. */
import { describe, expect, it } from 'vitest';
import { parseDataValueSetJson } from './json-reader.ts';

const json = (doc: unknown): string => JSON.stringify(doc);
const one = { dataElement: 'LAO_CASES', period: '202311', orgUnit: '615', value: '3' };

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
