import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../db/migrate.ts';
import { AppError } from '../../errors.ts';
import { DIALECTS, type TestDatabase } from '../../test/dialects.ts';
import { checkUpload, readAttachment, storeAttachment } from './attachment.service.ts';

const MB = 1024 * 1024;
const upload = (fileName: string, bytes: Buffer | string) => ({ fileName, contentType: 'application/octet-stream', bytes: Buffer.from(bytes) });
const refusal = (fileName: string, bytes: Buffer | string, max = 10 * MB) => {
  try {
    checkUpload(upload(fileName, bytes), max);
  } catch (err) {
    if (err instanceof AppError) return { status: err.status, message: err.message, field: err.details[0]?.field };
    throw err;
  }
  return undefined;
};

describe('checkUpload', () => {
  it.each([
    ['cong-van.pdf', '%PDF-1.7\n'],
    ['Kế hoạch.DOCX', 'PK\u0003\u0004rest'],
    ['bang.xlsx', 'PK\u0003\u0004rest'],
    ['cu.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])],
    ['cu.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])],
    ['ghi-chu.txt', 'Nội dung tiếng Việt'],
    ['anh.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0])],
    ['anh.jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0])],
    ['anh.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ])('accepts %s', (name, bytes) => {
    expect(refusal(name, bytes)).toBeUndefined();
  });

  it.each([
    ['x.exe', 'MZ\u0090\u0000'],
    ['gia.pdf', 'PK\u0003\u0004'],
    ['doi-ten.docx', '%PDF-1.4'],
    ['nhi-phan.txt', 'abc\u0000def'],
    ['latin1.txt', Buffer.from([0x4e, 0xe9, 0x0a])],
    ['khong-duoi', '%PDF-1.4'],
  ])('refuses %s as the wrong type, in Vietnamese, on field file', (name, bytes) => {
    expect(refusal(name, bytes)).toEqual({
      status: 400,
      field: 'file',
      message: `Tệp "${name}" không đúng loại cho phép (PDF, Word, Excel, ảnh JPG/PNG, văn bản .txt).`,
    });
  });

  it('refuses a file over the limit, naming the limit in MB', () => {
    expect(refusal('lon.pdf', Buffer.concat([Buffer.from('%PDF'), Buffer.alloc(10 * MB)]))?.message).toBe('Tệp "lon.pdf" vượt quá dung lượng tối đa 10 MB.');
    expect(refusal('a.txt', 'abcdef', 4)?.message).toMatch(/^Tệp "a.txt" vượt quá dung lượng tối đa 0 MB\.$/);
  });
});

describe.each(DIALECTS)('attachments on $name', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await dialect.create();
    await migrateToLatest(database.db);
  });
  afterAll(() => database.drop());

  it('stores the bytes and reads them back with the type its extension names', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x10]);
    const ref = await storeAttachment(database.db, upload('Ảnh hiện trường.png', bytes), 'baocao', '2024-01-05T02:00:00.000Z');
    expect(ref).toMatchObject({ fileName: 'Ảnh hiện trường.png', contentType: 'image/png', size: bytes.length });
    const back = await readAttachment(database.db, ref.id);
    expect(back?.bytes.equals(bytes)).toBe(true);
    expect(back).toMatchObject({ id: ref.id, contentType: 'image/png', size: bytes.length });
    expect(await readAttachment(database.db, ref.id + 1000)).toBeUndefined();
  });
});
