/** ADX written by `toAdx` validates against the ADX schema (IHE's rules, written for SYT in schema/adx.xsd). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import schema from './schema/adx.xsd?raw';
import { toAdx } from './adx-writer.ts';
import { DHIS2_PERIOD_TYPES } from './dhis2-period-types.ts';
import { createDhis2Period } from './dhis2-periods.ts';
import { adxDataValueArb, testResolver } from './interchange.arbitraries.ts';
import type { ComboResolver, ExportValue } from './types.ts';

/** The schema's verdict on each document, in order: null when valid, else libxml2's first message. */
async function verdicts(documents: readonly string[]): Promise<Array<string | null>> {
  const xml = documents.map((contents, i) => ({ fileName: `doc${i}.xml`, contents }));
  const result = await validateXML({ xml, schema: [{ fileName: 'adx.xsd', contents: schema }] });
  return xml.map(({ fileName }) => result.errors.find((e) => e.loc?.fileName === fileName)?.message ?? null);
}

const options = { exported: '2024-02-05T08:00:00Z', dataSet: 'BTN_THANG' };
const at = (period: string, dataElement: string, value: string, extra: Partial<ExportValue> = {}): ExportValue => ({
  dataElement,
  categoryOptionCombo: 'default',
  orgUnit: '615',
  period,
  value,
  ...extra,
});
const textResolver: ComboResolver = {
  ...testResolver,
  isNumeric: (de) => !['GHI_CHU', 'CO_KHONG', 'NGAY'].includes(de),
};

describe('ADX written by SYT against the ADX schema', () => {
  it('validates numbers, text, booleans, dates and commented values, in every DHIS2 period type', async () => {
    const periods = DHIS2_PERIOD_TYPES.map((type) => createDhis2Period(type, 2024, 1)!.code);
    const values = [
      at('202401', 'SOT_RET', '12'),
      at('202401', 'DE1', '-0.25', { comment: 'đã xác minh' }),
      at('202401', 'GHI_CHU', 'Không có ca bệnh <mới> & "cũ"'),
      at('202401', 'CO_KHONG', 'true'),
      at('202401', 'NGAY', '2024-01-15'),
      ...periods.map((period) => at(period, 'SOT_RET', '1', { orgUnit: 'KT' })),
      at('2024', 'SOT_RET', '5', { attributeOptionCombo: 'DU_AN_A' }),
    ];
    // Without metadata, text is told from numbers by its form: a `true` in any element goes in the annotation.
    const withoutMetadata = [...values, at('202401', 'SOT_RET', 'true', { orgUnit: '62' })];
    const documents = [toAdx(values, textResolver, options), toAdx(withoutMetadata, testResolver, options)];
    expect(await verdicts(documents)).toEqual([null, null]);
  });

  it('validates any values the writer accepts', async () => {
    const samples = fc.sample(fc.array(adxDataValueArb, { minLength: 1, maxLength: 20 }), { numRuns: 40, seed: 15 });
    const documents = samples.map((values) => toAdx(values, testResolver, options));
    expect((await verdicts(documents)).filter((v) => v !== null)).toEqual([]);
  });

  it('refuses what SYT used to write and what the profile forbids', async () => {
    const group = (inner: string, attributes = 'orgUnit="615" period="2024-01-01/P1M"') =>
      `<adx xmlns="urn:ihe:qrph:adx:2015" exported="2024-02-05T08:00:00Z"><group ${attributes}>${inner}</group></adx>`;
    const broken = [
      group('<dataValue dataElement="CO_KHONG" value/>'), // the bare attribute a `true` value became
      group('<dataValue dataElement="GHI_CHU" value="Không có ca bệnh"/>'), // text in `value`
      group('<dataValue dataElement="DE1" value="1e3"/>'), // not an xs:decimal
      group('<dataValue dataElement="DE1"/>'), // no value
      group('<dataValue dataElement="DE1" value="1"><annotation>a</annotation><annotation>b</annotation></dataValue>'),
      group('<dataValue dataElement="DE1" value="1"/>', 'orgUnit="615" period="202401"'), // a DHIS2 code, not ISO
      group('<dataValue dataElement="DE1" value="1"/>', 'orgUnit="615" period="2024-01-01/P"'),
      group('<dataValue dataElement="DE1" value="1"/>', 'orgUnit="615" period="2024-01-01/P1W"'), // xs:duration has no weeks
      group('<dataValue dataElement="DE1" value="1"/>', 'period="2024-01-01/P1M"'), // no org unit
      group(''), // a group without values
      '<adx xmlns="urn:ihe:qrph:adx:2015"><group orgUnit="615" period="2024-01-01/P1M"><dataValue dataElement="DE1" value="1"/></group></adx>',
      '<adx xmlns="urn:ihe:qrph:adx:2016" exported="2024-02-05T08:00:00Z"/>',
    ];
    const results = await verdicts(broken);
    expect(results.map((r, i) => (r === null ? `accepted: ${broken[i]}` : 'refused'))).toEqual(
      broken.map(() => 'refused'),
    );
  });

  it("accepts what the profile allows beyond SYT's own files", async () => {
    const ok = `<adx xmlns="urn:ihe:qrph:adx:2015" xmlns:x="urn:x" exported="2024-02-05T08:00:00+07:00" x:note="1">
      <group orgUnit="615" period="2024-01-01T00:00:00Z" dataSet="BTN" completeDate="2024-02-01" mechanism="PEPFAR">
        <dataValue dataElement="DE1" value=".5" SEX="F"><annotation><b>any</b> content</annotation></dataValue>
      </group>
      <group orgUnit="615" period="2024-04-01/P1Y" dataSetComplete="true"><dataValue dataElement="DE1" value="+3."/></group>
    </adx>`;
    expect(await verdicts([ok])).toEqual([null]);
  });
});
