/** DHIS2's ADX: group attributes, data value attributes, text in annotations. */
import { describe, expect, it } from 'vitest';
import { parseAdx } from './adx-reader.ts';
import { testResolver } from './interchange.arbitraries.ts';
import type { ComboResolver } from './types.ts';

const adx = (groups: string) => `<adx xmlns="urn:ihe:qrph:adx:2015">${groups}</adx>`;

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

  it("reads a value's own attributeOptionCombo over its group's", () => {
    const text = adx(`<group orgUnit="615" period="2023-11-01/P1M" attributeOptionCombo="A">
      <dataValue dataElement="DE1" value="1" attributeOptionCombo="B"/><dataValue dataElement="DE1" value="2"/></group>`);
    expect(parseAdx(text, testResolver).values.map((v) => v.attributeOptionCombo)).toEqual(['B', 'A']);
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
