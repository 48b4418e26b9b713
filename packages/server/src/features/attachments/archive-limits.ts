/**
 * Every uploaded Office file (.xlsx, .docx) is a zip archive: a 1 MB upload can unpack to gigabytes. Before exceljs or
 * mammoth open one, this guard reads its central directory with yauzl and refuses too many entries or declared sizes
 * past the caps, then inflates each entry as a stream, counting bytes, and stops at the cap (declared sizes can lie).
 */
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { fileError } from './attachment.service.ts';
import { archiveMessages as m } from './archive.messages.ts';

/** The caps of one archive. */
export interface ArchiveLimits {
  /** Files inside the archive; a large SYT form holds a few dozen. */
  maxEntries: number;
  /** Bytes of all entries once inflated (declared and counted). */
  maxTotalBytes: number;
  /** Largest inflated-to-compressed ratio of an entry past `ratioGraceBytes` (Apache POI's default is 100). */
  maxRatio: number;
  ratioGraceBytes: number;
}

const MB = 1024 * 1024;

/** Defaults: 2,000 entries, 100 MB inflated, ratio 100:1 once an entry passes 1 MB. */
export const ARCHIVE_LIMITS: Readonly<ArchiveLimits> = Object.freeze({
  maxEntries: 2_000,
  maxTotalBytes: 100 * MB,
  maxRatio: 100,
  ratioGraceBytes: 1 * MB,
});

/** Resolves when the archive is within the limits; otherwise throws AppError 400 (Vietnamese, field `file`). */
export async function checkArchive(bytes: Buffer, limits: ArchiveLimits = ARCHIVE_LIMITS): Promise<void> {
  const zip = await open(bytes);
  try {
    if (zip.entryCount > limits.maxEntries) throw fileError(m.tooManyEntries(limits.maxEntries));
    await walk(zip, limits);
  } finally {
    zip.close();
  }
}

function open(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) =>
      error || !zip ? reject(fileError(m.unreadable)) : resolve(zip),
    );
  });
}

/** Visits entries one at a time: declared sizes first, then the bytes that really come out. */
function walk(zip: ZipFile, limits: ArchiveLimits): Promise<void> {
  let declared = 0;
  let inflated = 0;
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => reject(isAppError(error) ? error : fileError(m.unreadable));
    zip.on('error', fail);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: Entry) => {
      declared += entry.uncompressedSize;
      const problem = declaredProblem(entry, declared, limits);
      if (problem) return reject(fileError(problem));
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail(error);
        const tooLarge = fileError(m.tooLarge(limits.maxTotalBytes / MB));
        countBytes(stream, (n) => (inflated += n) <= limits.maxTotalBytes, tooLarge)
          .then(() => zip.readEntry())
          .catch(fail);
      });
    });
    zip.readEntry();
  });
}

/** What the central directory alone gives away: a total past the cap, or a ratio no document has. */
function declaredProblem(entry: Entry, declaredTotal: number, limits: ArchiveLimits): string | null {
  if (declaredTotal > limits.maxTotalBytes) return m.tooLarge(limits.maxTotalBytes / MB);
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > limits.ratioGraceBytes && ratio > limits.maxRatio) return m.suspiciousRatio;
  return null;
}

/** Drains an inflating stream; `more(n)` false destroys it at once and rejects with `refusal`. */
function countBytes(stream: Readable, more: (n: number) => boolean, refusal: Error): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('data', (chunk: Buffer) => {
      if (more(chunk.length)) return;
      stream.destroy();
      reject(refusal);
    });
    stream.on('error', reject);
    stream.on('end', resolve);
  });
}

function isAppError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AppError';
}
