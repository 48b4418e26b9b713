import { describe, expect, it } from 'vitest';
import { parseAdx } from './adx-reader.ts';
import { testResolver } from './interchange.arbitraries.ts';
import type { ComboResolver } from './types.ts';

// The test elements all hold numbers: their annotations are comments, as SYT wrote them before.
const numbers: ComboResolver = { ...testResolver, isNumeric: () => true };

const adx = (groups: string, root = '<adx xmlns="urn:ihe:qrph:adx:2015" exported="2023-12-05T08:00:00Z">') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n${groups}\n</adx>`;

describe('parseAdx', () => {
  it('reads the ADX example: group attributes, category attributes, annotation', () => {
    const text = adx(`<group orgUnit="615" period="2023-11-01/P1M" dataSet="BTN_THANG">
      <dataValue dataElement="LAO_CASES" LAO_FORM="AFB_POS" value="3"><annotation>Bệnh nhân chuyển tuyến</annotation></dataValue>
      <dataValue dataElement="SOT_RET" value="0"/>
    </group>`);
    expect(parseAdx(text, numbers)).toMatchObject({
      values: [
        {
          dataElement: 'LAO_CASES',
          categoryOptionCombo: 'AFB_POS',
          orgUnit: '615',
          period: '202311',
          value: '3',
          comment: 'Bệnh nhân chuyển tuyến',
          dataSet: 'BTN_THANG',
          index: 0,
        },
        {
          dataElement: 'SOT_RET',
          categoryOptionCombo: 'default',
          orgUnit: '615',
          period: '202311',
          value: '0',
          dataSet: 'BTN_THANG',
          index: 1,
        },
      ],
      problems: [],
    });
  });

  it('joins several categories in combo order, whatever the attribute order', () => {
    const text = adx(`<group orgUnit="615" period="2024-01-01/P7D">
      <dataValue NHOM_TUOI="TU_15_TRO_LEN" value="2" GIOI_TINH="NU" dataElement="HIV_MOI"/></group>`);
    const { values } = parseAdx(text, testResolver);
    expect(values.map((v) => [v.categoryOptionCombo, v.period])).toEqual([['NU_TU_15_TRO_LEN', '2024W01']]);
  });

  it('reads a prefixed ADX namespace, character references and a BOM', () => {
    const text = `\uFEFF<a:adx xmlns:a="urn:ihe:qrph:adx:2015" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <a:group orgUnit="615" period="2024-07-01/P6M"><a:dataValue dataElement="DE1" value="x&#10;y"><a:annotation>&lt;1&gt; &amp; &#273;</a:annotation></a:dataValue></a:group></a:adx>`;
    const { values, problems } = parseAdx(text, numbers);
    expect(problems).toEqual([]);
    expect(values.map((v) => [v.period, v.value, v.comment])).toEqual([['2024S2', 'x\ny', '<1> & đ']]);
  });

  it('counts value positions across groups, and reports group problems once at their first value', () => {
    const text = adx(`<group orgUnit="615" period="2024-01-01/P1Y"><dataValue dataElement="DE1" value="1"/></group>
      <group period="2023-11-15/P1M"><dataValue dataElement="DE1" value="1"/><dataValue dataElement="DE1" value="2"/></group>
      <group orgUnit="615" period="2024-01-01/P3M"><dataValue value="4"/></group>`);
    const { values, problems } = parseAdx(text, testResolver);
    expect(values.map((v) => [v.index, v.period])).toEqual([[0, '2024']]);
    expect(problems).toEqual([
      {
        index: 1,
        field: 'orgUnit',
        code: 'MISSING_FIELD',
        message: 'Nhóm thứ 2: thiếu mã đơn vị hành chính (orgUnit)',
      },
      {
        index: 1,
        field: 'period',
        code: 'INVALID_PERIOD',
        message:
          'Nhóm thứ 2: kỳ báo cáo "2023-11-15/P1M" không hợp lệ (cần dạng ngày bắt đầu/độ dài, ví dụ 2023-11-01/P1M)',
      },
      {
        index: 3,
        field: 'dataElement',
        code: 'MISSING_FIELD',
        message: 'Thiếu mã phần tử dữ liệu (dataElement)',
      },
    ]);
  });

  it('reports a missing category attribute and one the element does not have', () => {
    const text = adx(`<group orgUnit="615" period="2023-11-01/P1M">
      <dataValue dataElement="HIV_MOI" GIOI_TINH="NAM" value="1"/>
      <dataValue dataElement="SOT_RET" LAO_FORM="AFB_POS" value="1"/></group>`);
    const { values, problems } = parseAdx(text, testResolver);
    expect(values).toEqual([]);
    expect(problems.map((p) => [p.index, p.code, p.message])).toEqual([
      [0, 'MISSING_CATEGORY', 'Thiếu phân tổ "NHOM_TUOI" của phần tử dữ liệu "HIV_MOI"'],
      [1, 'UNKNOWN_CATEGORY', '"LAO_FORM" không phải phân tổ của phần tử dữ liệu "SOT_RET"'],
    ]);
  });

  it('reads other group attributes as attribute categories, for the server to resolve', () => {
    const text = adx(
      `<group orgUnit="615" period="2023-11-01/P1M" mechanism="PEPFAR" DU_AN="A"><dataValue dataElement="DE1" value="1"/></group>`,
    );
    const { values, problems, groups } = parseAdx(text, testResolver);
    expect(problems).toEqual([]);
    expect(values.map((v) => v.attributeOptions)).toEqual([{ mechanism: 'PEPFAR', DU_AN: 'A' }]);
    expect(groups![0]!.attributeOptions).toEqual({ mechanism: 'PEPFAR', DU_AN: 'A' });
  });

  it('reports malformed XML with its line and column, without throwing', () => {
    const text = adx(
      `<group orgUnit="615" period="2023-11-01/P1M">\n<dataValue dataElement="DE1" value="1">\n</group>`,
    );
    expect(parseAdx(text, testResolver)).toMatchObject({
      values: [],
      problems: [
        {
          index: null,
          field: 'file',
          code: 'MALFORMED_FILE',
          message: expect.stringMatching(/^Tệp XML không đọc được: lỗi cú pháp ở dòng 5, cột \d+$/),
        },
      ],
    });
  });

  it('reports XML that is not ADX, and an empty file', () => {
    const notAdx = [
      '<dataValueSet xmlns="http://dhis2.org/schema/dxf/2.0"/>',
      '<adx><group orgUnit="615" period="2023-11-01/P1M"/></adx>',
      '<adx xmlns="urn:ihe:qrph:adx:2016"/>',
    ];
    for (const text of notAdx) {
      expect(parseAdx(text, testResolver).problems).toEqual([
        { index: null, field: 'file', code: 'WRONG_STRUCTURE', message: 'Tệp XML không đúng định dạng ADX' },
      ]);
    }
    expect(parseAdx('', testResolver).problems.map((p) => p.code)).toEqual(['EMPTY_FILE']);
  });
});
