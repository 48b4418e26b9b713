/** The DHIS2 fields SYT keeps beside a value go out in JSON and CSV, and come back the same. */
import { describe, expect, it } from 'vitest';
import { parseAdx } from './adx-reader.ts';
import { toAdx } from './adx-writer.ts';
import { parseDhis2Csv } from './csv-reader.ts';
import { toDhis2Csv } from './csv-writer.ts';
import { parseDataValueSetJson } from './json-reader.ts';
import { toDataValueSetJson } from './json-writer.ts';
import { testResolver } from './interchange.arbitraries.ts';
import type { ExportValue } from './types.ts';

const full: ExportValue = {
  dataElement: 'LAO_CASES',
  categoryOptionCombo: 'AFB_POS',
  orgUnit: '615',
  period: '202311',
  value: '3',
  comment: 'ghi chú',
  dataSet: 'BTN_THANG',
  attributeOptionCombo: 'DU_AN_A',
  followup: true,
  storedBy: 'nguyễn.văn.a',
  created: '2023-12-01T08:00:00.000',
  lastUpdated: '2023-12-02T09:30:00.000',
};
const { comment: _comment, created: _created, ...uncommented } = full;
const deleted: ExportValue = { ...uncommented, followup: false, deleted: true };

const { dataSet: _dataSet, ...withoutSet } = full;

describe('writing DHIS2 fields', () => {
  it('JSON: in DHIS2 field order, the shared data set at the top', () => {
    const text = toDataValueSetJson([full]);
    expect(text).toBe(
      '{"dataSet":"BTN_THANG","dataValues":[{"dataElement":"LAO_CASES","period":"202311","orgUnit":"615",' +
        '"categoryOptionCombo":"AFB_POS","attributeOptionCombo":"DU_AN_A","value":"3","storedBy":"nguyễn.văn.a",' +
        '"created":"2023-12-01T08:00:00.000","lastUpdated":"2023-12-02T09:30:00.000","comment":"ghi chú","followup":true}]}',
    );
    expect(JSON.parse(toDataValueSetJson([full, { ...full, dataSet: 'KHAC' }]))).not.toHaveProperty('dataSet');
  });

  it('JSON: read back as written', () => {
    const parsed = parseDataValueSetJson(toDataValueSetJson([full, deleted]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.values.map(({ index: _index, ...v }) => v)).toEqual([full, deleted]);
  });

  it('CSV: in DHIS2 columns, created in a twelfth only when some value has one; read back as written', () => {
    const csv = toDhis2Csv([withoutSet]);
    expect(csv.split('\n').slice(0, 2)).toEqual([
      'dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,lastupdated,comment,followup,deleted,created',
      'LAO_CASES,202311,615,AFB_POS,DU_AN_A,3,nguyễn.văn.a,2023-12-02T09:30:00.000,ghi chú,true,,2023-12-01T08:00:00.000',
    ]);
    const { dataSet: _set, ...deletedWithoutSet } = deleted;
    expect(toDhis2Csv([deletedWithoutSet]).split('\n')[1]).toBe(
      'LAO_CASES,202311,615,AFB_POS,DU_AN_A,3,nguyễn.văn.a,2023-12-02T09:30:00.000,,false,true',
    );
    const parsed = parseDhis2Csv(toDhis2Csv([withoutSet, deletedWithoutSet]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.values.map(({ index: _index, ...v }) => v)).toEqual([withoutSet, deletedWithoutSet]);
  });
});

describe('ADX: DHIS2 fields as the dataValue attributes DHIS2 reads', () => {
  it('writes them, never in the annotation, and reads them back', () => {
    const adx = toAdx([full, deleted], testResolver, { exported: '2024-01-01T00:00:00Z' });
    expect(adx).toContain(
      '<dataValue dataElement="LAO_CASES" LAO_FORM="AFB_POS" value="3" comment="ghi chú" storedBy="nguyễn.văn.a" ' +
        'created="2023-12-01T08:00:00.000" lastUpdated="2023-12-02T09:30:00.000" followup="true"/>',
    );
    expect(adx).not.toContain('<annotation>');
    const parsed = parseAdx(adx, testResolver);
    expect(parsed.problems).toEqual([]);
    expect(parsed.values.map(({ index: _index, ...v }) => v)).toEqual([full, deleted]);
  });
});
