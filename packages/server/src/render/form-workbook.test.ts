import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildFormWorkbook, readFormWorkbook, type WorkbookForm } from './form-workbook.ts';

const ATTACK = "=cmd|' /C calc'!A0";

/** One section with a text cell and a number cell, holding a formula attack and a negative number. */
const form: WorkbookForm = {
  dataSet: {
    code: 'DS',
    name: 'Biểu mẫu thử',
    sections: [{
      code: 'S1',
      name: 'Phần 1',
      blocks: [{
        columns: ['Ghi chú', 'Số'],
        rows: [{ label: 'Dòng 1', cells: [{ dataElement: 'NOTE', categoryOptionCombo: 'default', valueType: 'TEXT' }, { dataElement: 'NUM', categoryOptionCombo: 'default', valueType: 'NUMBER' }] }],
      }],
    }],
  },
  orgUnit: { code: '615', name: 'Đăk Hà' },
  period: { code: '202311', label: 'tháng 11/2023' },
  values: [
    { dataElement: 'NOTE', categoryOptionCombo: 'default', orgUnit: '615', period: '202311', value: ATTACK },
    { dataElement: 'NUM', categoryOptionCombo: 'default', orgUnit: '615', period: '202311', value: '-5' },
  ],
};

describe('the Excel form against formula injection', () => {
  it('writes typed text quoted and numbers as numbers, and reads both back as they were', async () => {
    const bytes = await buildFormWorkbook(form);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets.find((s) => s.name.startsWith('1.'))!;
    const row = sheet.getRow(sheet.rowCount);
    expect(row.getCell(2).value).toBe(`'${ATTACK}`);
    expect(row.getCell(3).value).toBe(-5);
    const read = await readFormWorkbook(bytes);
    expect(read?.cells.map((c) => [c.dataElement, c.raw])).toEqual([['NOTE', ATTACK], ['NUM', '-5']]);
  });
});
