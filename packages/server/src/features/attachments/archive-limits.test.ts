import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { ARCHIVE_LIMITS, checkArchive } from './archive-limits.ts';

const MB = 1024 * 1024;

async function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The AppError a refused archive throws: 400 on the field `file`. */
async function refusal(bytes: Buffer, limits = ARCHIVE_LIMITS): Promise<AppError> {
  const error = await checkArchive(bytes, limits).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const appError = error as AppError;
  expect(appError.status).toBe(400);
  expect(appError.details[0]?.field).toBe('file');
  return appError;
}

/** Sets every declared uncompressed size (local and central headers) of a one-entry zip to `size`. */
function lieAboutSize(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = out.readUInt32LE(i);
    if (signature === 0x04034b50) out.writeUInt32LE(size, i + 22);
    if (signature === 0x02014b50) out.writeUInt32LE(size, i + 24);
  }
  return out;
}

describe('checkArchive', () => {
  it('lets an ordinary Office-sized archive through', async () => {
    const bytes = await zipOf({ '[Content_Types].xml': '<Types/>', 'xl/worksheets/sheet1.xml': '<row>1</row>'.repeat(10_000) });
    await expect(checkArchive(bytes)).resolves.toBeUndefined();
  });

  it('refuses more entries than the cap before reading any of them', async () => {
    const files = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.xml`, 'x']));
    const error = await refusal(await zipOf(files), { ...ARCHIVE_LIMITS, maxEntries: 10 });
    expect(error.message).toContain('quá nhiều thành phần');
  });

  it('refuses a total declared size past the cap', async () => {
    const bytes = await zipOf({ 'a.bin': randomBytes(MB), 'b.bin': randomBytes(MB) });
    const error = await refusal(bytes, { ...ARCHIVE_LIMITS, maxTotalBytes: 1.5 * MB });
    expect(error.message).toContain('vượt quá 1,5 MB');
  });

  it('refuses a bomb: 20 MB of one character compressed a thousandfold', async () => {
    const error = await refusal(await zipOf({ 'xl/worksheets/sheet1.xml': 'a'.repeat(20 * MB) }));
    expect(error.message).toContain('bom nén');
  });

  it('stops inflating an entry whose declared size lies', async () => {
    const honest = await zipOf({ 'a.bin': randomBytes(2 * MB) });
    await refusal(lieAboutSize(honest, 1024), { ...ARCHIVE_LIMITS, maxTotalBytes: MB });
  });

  it('refuses what is not a zip archive at all', async () => {
    const error = await refusal(Buffer.from('PK\u0003\u0004 not really a zip'));
    expect(error.message).toContain('bị hỏng');
  });
});
