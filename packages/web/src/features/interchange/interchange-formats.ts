import { detectFormat } from '@syt/core/interchange/detect-format.ts';
import type { InterchangeFormat } from '@syt/core/interchange/types.ts';

/** Formats the import endpoint reads (`POST /api/imports?format=…`). */
export const IMPORT_FORMATS = ['json', 'csv', 'adx', 'xlsx'] as const satisfies readonly InterchangeFormat[];
export type ImportFormat = InterchangeFormat;

/** Formats the export endpoint writes (`GET /api/exports?format=…`). */
export const EXPORT_FORMATS = ['json', 'csv', 'adx'] as const satisfies readonly InterchangeFormat[];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the file picker accepts. */
export const ACCEPTED_FILES = '.json,.csv,.xml,.adx,.xlsx';

/** How many bytes of the file's start are read when the extension says nothing. */
const SNIFF_BYTES = 1024;

/** The format of a chosen file, as the server would detect it: by extension (`.xml` → adx), else by its first bytes. */
export async function formatOfFile(file: File): Promise<ImportFormat | null> {
  const firstBytes = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  return detectFormat(file.name, firstBytes);
}
