import { describe, expect, it } from 'vitest';
import { parseDhis2Csv } from './csv-reader.ts';
import { PERIOD_FORMS } from '../period/errors.ts';

const HEADER =
  'dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup,deleted';
const lines = (...rows: string[]): string => rows.join('\n');
const brief = (text: string) =>
  parseDhis2Csv(text).values.map((v) => [
    v.dataElement,
    v.period,
    v.orgUnit,
    v.categoryOptionCombo,
    v.value,
    v.comment,
  ]);

describe('parseDhis2Csv', () => {
  it('reads a DHIS2 export; an empty option combo means default', () => {
    const text = lines(
      HEADER,
      'LAO_CASES,202311,615,AFB_POS,,3,admin,2023-12-01,,false,',
      'SOT_RET,202311,615,,,0,,,,,',
    );
    const { values, problems } = parseDhis2Csv(text);
    expect({ values, problems }).toEqual({
      values: [
        {
          dataElement: 'LAO_CASES',
          categoryOptionCombo: 'AFB_POS',
          orgUnit: '615',
          period: '202311',
          value: '3',
          storedBy: 'admin',
          lastUpdated: '2023-12-01',
          followup: false,
          index: 0,
        },
        {
          dataElement: 'SOT_RET',
          categoryOptionCombo: 'default',
          orgUnit: '615',
          period: '202311',
          value: '0',
          index: 1,
        },
      ],
      problems: [],
    });
  });

  it('reads a file without a header row, in DHIS2 column order, columns after value optional', () => {
    expect(brief(lines('LAO_CASES,202311,615,AFB_POS,,3', 'SOT_RET,2024W5,615,,,7,,,"sốt, cao"'))).toEqual([
      ['LAO_CASES', '202311', '615', 'AFB_POS', '3', undefined],
      ['SOT_RET', '2024W05', '615', 'default', '7', 'sốt, cao'],
    ]);
  });

  it('matches header names in any letter case and order, with only the required columns', () => {
    const text = lines('Value,DataElement,OrgUnit,Period,Comment', '5,A,615,2024Q1,"có ""ngoặc"""');
    expect(brief(text)).toEqual([['A', '2024Q1', '615', 'default', '5', 'có "ngoặc"']]);
  });

  it('tolerates a byte order mark, CRLF line ends and blank lines', () => {
    const text = `\uFEFF${HEADER}\r\n\r\nA,2024,615,,,1\r\n,,,,,\r\nB,2024,615,,,2\r\n`;
    expect(brief(text).map((v) => v[0])).toEqual(['A', 'B']);
  });

  it('keeps commas, quotes and line breaks inside quoted comments', () => {
    const text = lines(HEADER, 'A,2024,615,,,1,,,"dòng một, ""trích""\r\ndòng hai\nba",,');
    expect(brief(text)[0]![5]).toBe('dòng một, "trích"\r\ndòng hai\nba');
  });

  it('names problems by the line they start on, counting the header, blank lines and breaks inside cells', () => {
    const text = lines(
      HEADER,
      'A,2024,615,,,1,,,"hai\r\ndòng",,',
      '',
      'B,2023-13,615,,,1',
      ',2024,615,,,1',
      'C,2024,615',
    );
    const { values, problems } = parseDhis2Csv(text);
    expect(values.map((v) => v.index)).toEqual([0]);
    expect(problems).toEqual([
      {
        index: 1,
        field: 'period',
        code: 'INVALID_PERIOD',
        message: `Kỳ báo cáo "2023-13" không hợp lệ (cần dạng ${PERIOD_FORMS} hoặc một loại kỳ khác của DHIS2)`,
      },
      {
        index: 2,
        field: 'dataElement',
        code: 'MISSING_FIELD',
        message: 'Thiếu mã phần tử dữ liệu (dataelement)',
      },
      { index: 3, field: 'value', code: 'MISSING_FIELD', message: 'Thiếu giá trị (value)' },
    ]);
  });

  it('reports a header row without a required column and reads no values', () => {
    const { values, problems, warnings } = parseDhis2Csv(lines('dataelement,period,ghichu,value', 'A,2024,x,1'));
    expect(values).toEqual([]);
    expect(problems).toEqual([
      { index: null, field: 'header', code: 'WRONG_HEADER', message: 'Dòng tiêu đề không đúng: thiếu cột "orgunit"' },
    ]);
    expect(warnings!.map((w) => w.code)).toEqual(['UNKNOWN_COLUMN']);
  });

  it('reads past an unknown column with a warning naming it, and refuses a repeated one', () => {
    const unknown = parseDhis2Csv(lines('dataelement,period,orgunit,value,ghichu', 'A,2024,615,1,x'));
    expect(unknown.values).toHaveLength(1);
    expect(unknown.problems).toEqual([]);
    expect(unknown.warnings).toEqual([
      {
        index: null,
        field: 'header',
        code: 'UNKNOWN_COLUMN',
        message: 'Dòng tiêu đề có cột "ghichu" không thuộc định dạng CSV của DHIS2; cột này được bỏ qua',
      },
    ]);
    const repeated = parseDhis2Csv(lines('dataelement,period,orgunit,value,Value', 'A,2024,615,1,2'));
    expect(repeated.values).toEqual([]);
    expect(repeated.problems.map((p) => p.message)).toEqual(['Dòng tiêu đề có cột "Value" lặp lại']);
  });

  it('reports malformed quoting with the line of the broken record, without throwing', () => {
    const unclosed = parseDhis2Csv(lines(HEADER, 'A,2024,615,,,1,,,"a\nb",,', 'B,2024,615,,,1,,,"không đóng', 'C'));
    expect(unclosed).toMatchObject({
      values: [],
      problems: [
        {
          index: null,
          field: 'file',
          code: 'MALFORMED_FILE',
          message: 'Tệp CSV không đọc được: dấu ngoặc kép mở ở dòng 4 không được đóng',
        },
      ],
    });
    expect(parseDhis2Csv(lines(HEADER, 'A,2024,615,,,"1"x')).problems[0]!.message).toBe(
      'Tệp CSV không đọc được: dấu ngoặc kép không đúng chỗ ở dòng 2',
    );
  });

  it('reports an empty file', () => {
    expect(parseDhis2Csv('\uFEFF').problems.map((p) => p.message)).toEqual(['Tệp trống, không có dữ liệu']);
  });
});

describe('locating values in a CSV file', () => {
  it('names the line of a value, counting the header', () => {
    const result = parseDhis2Csv(
      'dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value\nTCM_CASES,202311,615,,,3\nSXHD_CASES,202311,615,,,4\n',
    );
    expect(result.locate?.(1)).toBe('Dòng 3');
  });
});
