/** The file types users may attach, by extension, and the leading bytes each must start with. */

const PDF = [0x25, 0x50, 0x44, 0x46];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface FileType {
  contentType: string;
  matches(bytes: Buffer): boolean;
}

const startsWith = (magic: number[]) => (bytes: Buffer) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

const TYPES: Record<string, FileType> = {
  pdf: { contentType: 'application/pdf', matches: startsWith(PDF) },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', matches: startsWith(ZIP) },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: startsWith(ZIP) },
  doc: { contentType: 'application/msword', matches: startsWith(OLE) },
  xls: { contentType: 'application/vnd.ms-excel', matches: startsWith(OLE) },
  txt: { contentType: 'text/plain; charset=utf-8', matches: isUtf8Text },
  jpg: { contentType: 'image/jpeg', matches: startsWith(JPEG) },
  jpeg: { contentType: 'image/jpeg', matches: startsWith(JPEG) },
  png: { contentType: 'image/png', matches: startsWith(PNG) },
};

/** The lower-case extension of an allowed type (`docx`), or undefined. */
export function extensionOf(fileName: string): string | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext && ext in TYPES ? ext : undefined;
}

/** Whether the bytes are what the extension claims. */
export function looksLike(ext: string, bytes: Buffer): boolean {
  return TYPES[ext]?.matches(bytes) ?? false;
}

/** The content type served for an allowed extension. */
export function contentTypeOf(ext: string): string {
  return TYPES[ext]?.contentType ?? 'application/octet-stream';
}

/** Text: valid UTF-8 with no NUL byte (a renamed binary almost always has one). */
function isUtf8Text(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
