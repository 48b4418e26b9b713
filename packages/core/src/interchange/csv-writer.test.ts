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
});
