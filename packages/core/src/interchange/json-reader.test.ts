import { describe, expect, it } from 'vitest';
import { parseDataValueSetJson } from './json-reader.ts';
import { PERIOD_FORMS } from '../period/errors.ts';

const json = (doc: unknown): string => JSON.stringify(doc);
const one = { dataElement: 'LAO_CASES', period: '202311', orgUnit: '615', value: '3' };

describe('parseDataValueSetJson', () => {
  it('reads values, with a missing or empty option combo meaning default', () => {
    const text = json({
      dataValues: [
        one,
        { ...one, categoryOptionCombo: 'AFB_POS', comment: 'ghi chú' },
        { ...one, categoryOptionCombo: '' },
      ],
    });
    expect(parseDataValueSetJson(text)).toMatchObject({
      values: [
        { ...one, categoryOptionCombo: 'default', index: 0 },
        { ...one, categoryOptionCombo: 'AFB_POS', comment: 'ghi chú', index: 1 },
        { ...one, categoryOptionCombo: 'default', index: 2 },
      ],
      problems: [],
    });
  });

  it('applies top-level period and org unit to values that lack them, and keeps data set and complete date', () => {
    const text = json({
      dataSet: 'BTN_THANG',
      completeDate: '2023-12-05',
      period: '202311',
      orgUnit: '615',
      dataValues: [
        { dataElement: 'A', value: '1' },
        { dataElement: 'B', value: '2', period: '202312', orgUnit: '62' },
        { dataElement: 'C', value: '3', period: '' },
      ],
    });
    const result = parseDataValueSetJson(text);
    expect(result.problems).toEqual([]);
    expect(result.dataSet).toBe('BTN_THANG');
    expect(result.completeDate).toBe('2023-12-05');
    expect(result.values.map((v) => [v.dataElement, v.period, v.orgUnit, v.dataSet])).toEqual([
      ['A', '202311', '615', 'BTN_THANG'],
      ['B', '202312', '62', 'BTN_THANG'],
      ['C', '202311', '615', 'BTN_THANG'],
    ]);
  });

  it('turns numbers into text as written and trims codes', () => {
    const text =
      '{"dataValues":[{"dataElement":" A ","period":"2024W5","orgUnit":615,"value":12},{"dataElement":"B","period":"2024","orgUnit":"615","value":-0.25}]}';
    const { values, problems } = parseDataValueSetJson(text);
    expect(problems).toEqual([]);
    expect(values.map((v) => [v.dataElement, v.period, v.orgUnit, v.value])).toEqual([
      ['A', '2024W05', '615', '12'],
      ['B', '2024', '615', '-0.25'],
    ]);
  });

  it('names every missing field of a value, with its 1-based position', () => {
    const text = json({ dataValues: [one, { comment: 'x' }] });
    const { values, problems } = parseDataValueSetJson(text);
    expect(values).toHaveLength(1);
    expect(problems.map((p) => [p.index, p.field, p.code, p.message])).toEqual([
      [1, 'dataElement', 'MISSING_FIELD', 'Thiếu mã phần tử dữ liệu (dataElement)'],
      [1, 'period', 'MISSING_FIELD', 'Thiếu kỳ báo cáo (period)'],
      [1, 'orgUnit', 'MISSING_FIELD', 'Thiếu mã đơn vị hành chính (orgUnit)'],
      [1, 'value', 'MISSING_FIELD', 'Thiếu giá trị (value)'],
    ]);
  });

  it('reports a period that does not exist', () => {
    const { values, problems } = parseDataValueSetJson(json({ dataValues: [{ ...one, period: '2023-13' }] }));
    expect(values).toEqual([]);
    expect(problems).toEqual([
      {
        index: 0,
        field: 'period',
        code: 'INVALID_PERIOD',
        message: `Kỳ báo cáo "2023-13" không hợp lệ (cần dạng ${PERIOD_FORMS} hoặc một loại kỳ khác của DHIS2)`,
      },
    ]);
  });

  it('reports fields of the wrong type and entries that are not objects', () => {
    const text = json({ dataValues: [{ ...one, value: true }, { ...one, comment: ['x'] }, 'x', null] });
    const { values, problems } = parseDataValueSetJson(text);
    expect(values).toEqual([]);
    expect(problems.map((p) => [p.index, p.code, p.message])).toEqual([
      [0, 'INVALID_FIELD', 'Giá trị (value) phải là chuỗi ký tự hoặc số'],
      [1, 'INVALID_FIELD', 'Ghi chú (comment) phải là chuỗi ký tự hoặc số'],
      [2, 'NOT_AN_OBJECT', 'Không phải một đối tượng JSON'],
      [3, 'NOT_AN_OBJECT', 'Không phải một đối tượng JSON'],
    ]);
  });

  it('reads attribute option combos, DHIS2 default names meaning none', () => {
    const text = json({
      attributeOptionCombo: 'DU_AN_A',
      dataValues: [
        one,
        { ...one, attributeOptionCombo: 'default' },
        { ...one, attributeOptionCombo: 'HllvX50cXC0', categoryOptionCombo: 'HllvX50cXC0' },
      ],
    });
    const { values, problems } = parseDataValueSetJson(text);
    expect(problems).toEqual([]);
    expect(values.map((v) => [v.attributeOptionCombo, v.categoryOptionCombo])).toEqual([
      ['DU_AN_A', 'default'],
      [undefined, 'default'],
      [undefined, 'default'],
    ]);
    expect(
      parseDataValueSetJson(json({ attributeOptionCombo: 'HllvX50cXC0', dataValues: [one] })).values[0],
    ).not.toHaveProperty('attributeOptionCombo');
  });

  it('reports malformed JSON with its line and column, without throwing', () => {
    const { values, problems } = parseDataValueSetJson('{"dataValues": [\n  {"dataElement": "A",}\n]}');
    expect(values).toEqual([]);
    expect(problems).toEqual([
      {
        index: null,
        field: 'file',
        code: 'MALFORMED_FILE',
        message: 'Tệp JSON không đọc được: lỗi cú pháp ở dòng 2, cột 23',
      },
    ]);
    expect(parseDataValueSetJson('{"dataValues": [{"dataElement": }]}').problems[0]!.message).toBe(
      'Tệp JSON không đọc được: ký tự "}" không đúng chỗ',
    );
    expect(parseDataValueSetJson('{"dataValues": [').problems[0]!.message).toBe(
      'Tệp JSON không đọc được: tệp bị cắt ngang, kết thúc khi chưa đóng hết ngoặc',
    );
    expect(parseDataValueSetJson('{"dataValues": []} x').problems[0]!.message).toBe(
      'Tệp JSON không đọc được: lỗi cú pháp ở dòng 1, cột 20',
    );
  });

  it('reports JSON that is not a dataValueSets document, and an empty file', () => {
    for (const text of ['[]', '{"values": []}', '{"dataValues": {}}', '12']) {
      expect(parseDataValueSetJson(text).problems).toEqual([
        {
          index: null,
          field: 'file',
          code: 'WRONG_STRUCTURE',
          message: 'Tệp JSON không đúng định dạng dataValueSets: không có mảng "dataValues"',
        },
      ]);
    }
    expect(parseDataValueSetJson(' \n').problems.map((p) => p.code)).toEqual(['EMPTY_FILE']);
  });

  it('tolerates a byte order mark and stores comments in NFC', () => {
    const decomposed = 'Bệnh nhân'.normalize('NFD');
    const { values, problems } = parseDataValueSetJson(
      `\uFEFF${json({ dataValues: [{ ...one, comment: decomposed }] })}`,
    );
    expect(problems).toEqual([]);
    expect(values[0]!.comment).toBe('Bệnh nhân'.normalize('NFC'));
  });
});
