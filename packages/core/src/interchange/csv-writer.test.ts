import { describe, expect, it } from 'vitest';
import { toDhis2Csv } from './csv-writer.ts';

describe('toDhis2Csv', () => {
  it("writes DHIS2's header and columns, the default combo empty, quoting only where needed", () => {
    const csv = toDhis2Csv([
      { dataElement: 'A', categoryOptionCombo: 'default', orgUnit: '615', period: '202311', value: '3' },
      {
        dataElement: 'B',
        categoryOptionCombo: 'AFB_POS',
        orgUnit: '615',
        period: '2024W01',
        value: '1,5',
        comment: 'nói "có"',
      },
    ]);
    expect(csv).toBe(
      [
        'dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup,deleted',
        'A,202311,615,,,3,,,,,',
        'B,2024W01,615,AFB_POS,,"1,5",,,"nói ""có""",,',
        '',
      ].join('\n'),
    );
  });

  it('quotes free text a spreadsheet would run as a formula, and leaves negative numbers alone', () => {
    const csv = toDhis2Csv([
      { dataElement: 'A', categoryOptionCombo: 'default', orgUnit: '615', period: '202311', value: '-5', comment: "=cmd|' /C calc'!A0" },
      { dataElement: 'B', categoryOptionCombo: 'default', orgUnit: '615', period: '202311', value: '@SUM(A1)', comment: '+1+cmd|x' },
    ]);
    expect(csv.split('\n').slice(1, 3)).toEqual([
      "A,202311,615,,,-5,,,'=cmd|' /C calc'!A0,,",
      "B,202311,615,,,'@SUM(A1),,,'+1+cmd|x,,",
    ]);
  });
});
