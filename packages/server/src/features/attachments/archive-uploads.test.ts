import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { signedIn, startTestApp, type TestApp, type TestClient } from '../../test/harness.ts';

const MB = 1024 * 1024;

/** An Office-shaped archive whose one big part is 20 MB of a single character: a few KB uploaded. */
async function bomb(bigPart: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  zip.file(bigPart, 'a'.repeat(20 * MB));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Zip bombs sent as an Excel import or a Word directive are refused before exceljs or mammoth inflate them. */
describe.each(DIALECTS)('archive uploads on $name', (dialect) => {
  let t: TestApp;
  let staff: TestClient;
  let xlsxBomb: Buffer;
  let docxBomb: Buffer;
  beforeAll(async () => {
    t = await startTestApp(dialect, new ManualClock('2024-01-10T02:00:00Z'));
    staff = await signedIn(t, 'canbo', 'staff', '62', { canEditExpired: true });
    [xlsxBomb, docxBomb] = await Promise.all([bomb('xl/worksheets/sheet1.xml'), bomb('word/document.xml')]);
  });
  afterAll(() => t.close());

  it('answers 400 on `file` in Vietnamese to an .xlsx bomb sent to /api/imports, and stores nothing', async () => {
    expect(xlsxBomb.length).toBeLessThan(MB / 10);
    const res = await staff.upload('/api/imports?format=xlsx', 'bieu-mau.xlsx', xlsxBomb);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ field: 'file', message: expect.stringContaining('bom nén') });
    expect(await t.database.db.selectFrom('data_value').select('value').execute()).toEqual([]);
  });

  it('answers 400 on `file` in Vietnamese to a .docx bomb sent to /api/directives/import', async () => {
    const res = await staff.upload('/api/directives/import', 'thong-bao.docx', docxBomb);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ field: 'file', message: expect.stringContaining('bom nén') });
    expect(await t.database.db.selectFrom('task').select('id').execute()).toEqual([]);
  });
});
