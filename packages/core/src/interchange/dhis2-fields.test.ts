/** DHIS2's CSV columns, and periods of every DHIS2 type through every reader. */
import { describe, expect, it } from 'vitest';
import { parseAdx } from './adx-reader.ts';
import { parseDhis2Csv } from './csv-reader.ts';
import { parseDataValueSetJson } from './json-reader.ts';
import { testResolver } from './interchange.arbitraries.ts';
import { messages } from './messages.ts';

const json = (doc: unknown): string => JSON.stringify(doc);
const one = { dataElement: 'LAO_CASES', period: '202311', orgUnit: '615', value: '3' };
const adx = (groups: string) => `<adx xmlns="urn:ihe:qrph:adx:2015">${groups}</adx>`;

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
