/** Which interchange format a file is in: by its extension, else by its first bytes. */
import type { InterchangeFormat } from './types.ts';

const BY_EXTENSION: ReadonlyMap<string, InterchangeFormat> = new Map([
  ['json', 'json'],
  ['csv', 'csv'],
  ['xml', 'adx'],
  ['adx', 'adx'],
  ['xlsx', 'xlsx'],
]);

const SNIFF_LENGTH = 1024;

// Enough of the start of the file to recognise it, one char per byte (markers are ASCII), without a BOM.
function head(firstBytes: string | Uint8Array): string {
  const text =
    typeof firstBytes === 'string'
      ? firstBytes.slice(0, SNIFF_LENGTH)
      : String.fromCharCode(...firstBytes.subarray(0, SNIFF_LENGTH));
  return text.replace(/^(\uFEFF|\xEF\xBB\xBF)/, '').trimStart();
}

// Lower case, without the dot; empty when the name has none.
function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0
    ? ''
    : fileName
        .slice(dot + 1)
        .trim()
        .toLowerCase();
}

function sniff(text: string): InterchangeFormat | null {
  if (text.startsWith('PK\x03\x04')) return 'xlsx'; // a zip archive, as every .xlsx is
  if (text.startsWith('{')) return 'json';
  if (text.startsWith('<')) return /urn:ihe:qrph:adx:2015|<([\w.-]+:)?adx[\s>/]/.test(text) ? 'adx' : null;
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  // eslint-disable-next-line no-control-regex
  return firstLine.includes(',') && !/[\x00-\x08]/.test(firstLine) ? 'csv' : null;
}

/**
 * The format of a file from its name (`.json`, `.csv`, `.xml`/`.adx`, `.xlsx`), else from its first bytes
 * (a few hundred are enough); null when it is none of these.
 */
export function detectFormat(fileName: string, firstBytes: string | Uint8Array): InterchangeFormat | null {
  return BY_EXTENSION.get(extensionOf(fileName)) ?? sniff(head(firstBytes));
}
