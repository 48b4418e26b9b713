import { describe, expect, it } from 'vitest';
import type { DataValue } from '../datavalue/types.ts';
import { parseAdx } from './adx-reader.ts';
import { toAdx } from './adx-writer.ts';
import { InterchangeError } from './errors.ts';
import { testResolver } from './interchange.arbitraries.ts';

const value = (dataElement: string, categoryOptionCombo: string, orgUnit: string, period: string): DataValue => ({
  dataElement,
  categoryOptionCombo,
  orgUnit,
  period,
  value: '1',
});
const options = { exported: '2023-12-05T08:00:00Z' };

describe('toAdx', () => {
  it("writes the ADX example, the comment where DHIS2 reads it, not in the annotation (DHIS2's value of text)", () => {
    const values = [{ ...value('LAO_CASES', 'AFB_POS', '615', '202311'), value: '3', comment: 'ghi chú' }];
    expect(toAdx(values, testResolver, { ...options, dataSet: 'BTN_THANG' })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>' +
        '<adx xmlns="urn:ihe:qrph:adx:2015" exported="2023-12-05T08:00:00Z">' +
        '<group orgUnit="615" period="2023-11-01/P1M" dataSet="BTN_THANG">' +
        '<dataValue dataElement="LAO_CASES" LAO_FORM="AFB_POS" value="3" comment="ghi chú"/>' +
        '</group></adx>',
    );
  });

  it('groups by org unit, period and data set, sorted, with values sorted by element and combo', () => {
    const values = [
      value('SOT_RET', 'default', '62', '2024'),
      { ...value('SOT_RET', 'default', '615', '2024'), dataSet: 'BTN_NAM' },
      value('LAO_CASES', 'NGOAI_PHOI', '615', '2024'),
      value('LAO_CASES', 'AFB_NEG', '615', '2024'),
    ];
    const groups = [
      ...toAdx(values, testResolver, options).matchAll(/<group ([^>]*)>|dataElement="(\w+)" LAO_FORM="(\w+)"/g),
    ];
    expect(groups.map((m) => m[1] ?? `${m[2]}/${m[3]}`)).toEqual([
      'orgUnit="615" period="2024-01-01/P1Y"',
      'LAO_CASES/AFB_NEG',
      'LAO_CASES/NGOAI_PHOI',
      'orgUnit="615" period="2024-01-01/P1Y" dataSet="BTN_NAM"',
      'orgUnit="62" period="2024-01-01/P1Y"',
    ]);
  });

  it('writes text as DHIS2 does, a placeholder number with the text in the annotation, escaped', () => {
    const values = [
      { ...value('DE1', 'default', '615', '2024'), value: 'a"<b>\r\n' },
      { ...value('SOT_RET', 'default', '615', '2024'), value: 'true' },
    ];
    const adx = toAdx(values, testResolver, options);
    expect(adx).toContain('<dataValue dataElement="DE1" value="0"><annotation>a&quot;&lt;b&gt;&#13;&#10;</annotation>');
    expect(adx).toContain('<dataValue dataElement="SOT_RET" value="0"><annotation>true</annotation>');
    expect(parseAdx(adx, testResolver).values.map((v) => v.value)).toEqual(['a"<b>\r\n', 'true']);
  });

  it('writes numbers of a text element as text, and refuses text in a number element', () => {
    const resolver = { ...testResolver, isNumeric: (de: string) => de !== 'DE1' };
    expect(toAdx([value('DE1', 'default', '615', '2024')], resolver, options)).toContain(
      '<dataValue dataElement="DE1" value="0"><annotation>1</annotation></dataValue>',
    );
    const write = () => toAdx([{ ...value('SOT_RET', 'default', '615', '2024'), value: 'x' }], resolver, options);
    expect(write).toThrow(expect.objectContaining({ code: 'VALUE_NOT_NUMBER' }));
  });

  it('never writes an attribute bare, whatever its text (`true` once became `<dataValue value>`)', () => {
    const resolver = { categoriesOf: () => ['CO'], optionsOf: () => ['true'] };
    const adx = toAdx([{ ...value('X', 'true', 'true', '2024'), dataSet: 'true' }], resolver, options);
    expect(adx).toContain(
      '<group orgUnit="true" period="2024-01-01/P1Y" dataSet="true"><dataValue dataElement="X" CO="true" value="1"/>',
    );
  });

  it('writes the attribute option combo on its own group', () => {
    const values = [
      value('DE1', 'default', '615', '2024'),
      { ...value('DE1', 'default', '615', '2024'), attributeOptionCombo: 'DU_AN_A' },
    ];
    const adx = toAdx(values, testResolver, options);
    expect(adx).toContain('<group orgUnit="615" period="2024-01-01/P1Y"><dataValue');
    expect(adx).toContain('<group orgUnit="615" period="2024-01-01/P1Y" attributeOptionCombo="DU_AN_A">');
    expect(parseAdx(adx, testResolver).values.map((v) => v.attributeOptionCombo)).toEqual([undefined, 'DU_AN_A']);
  });

  it('throws InterchangeError when a combo does not fit the categories or a period is invalid', () => {
    const cases: Array<[DataValue, string]> = [
      [value('SOT_RET', 'AFB_POS', '615', '2024'), 'COMBO_MISMATCH'],
      [value('HIV_MOI', 'NAM', '615', '2024'), 'COMBO_MISMATCH'],
      [value('LAO_CASES', 'default', '615', '2024'), 'COMBO_MISMATCH'],
      [value('DE1', 'default', '615', '2023-13'), 'INVALID_PERIOD'],
    ];
    for (const [bad, code] of cases) {
      expect(() => toAdx([bad], testResolver, options)).toThrow(expect.objectContaining({ code }));
    }
    expect(() => toAdx([value('SOT_RET', 'AFB_POS', '615', '2024')], testResolver, options)).toThrow(
      'Không xuất được ADX: phần tử dữ liệu "SOT_RET" không có phân tổ nhưng giá trị có tổ hợp "AFB_POS"',
    );
  });

  it('refuses category codes that cannot be XML attribute names', () => {
    const resolver = { categoriesOf: () => ['1_TUOI'] };
    const write = () => toAdx([value('X', 'A', '615', '2024')], resolver, options);
    expect(write).toThrow(InterchangeError);
    expect(write).toThrow('Không xuất được ADX: mã phân tổ "1_TUOI" không dùng được làm tên thuộc tính XML');
  });
});
