import type { PayloadFormat } from './data-value-set-import.service.ts';

/** Content types DHIS2 reads at /api/dataValueSets, by format (the parameters after `;` aside). */
export const PAYLOAD_TYPES: Record<string, PayloadFormat> = {
  'application/json': 'json',
  'application/csv': 'csv',
  'text/csv': 'csv',
  'application/adx+xml': 'adx',
  'application/xml': 'adx',
  'text/xml': 'adx',
};

const SUFFIXES: Record<string, PayloadFormat> = { '.json': 'json', '.csv': 'csv', '.adx': 'adx' };

/** The format of a path suffix (`/api/dataValueSets.csv`), or undefined for the bare path. */
export function suffixFormat(url: string): PayloadFormat | undefined {
  const path = url.split('?')[0]!;
  const dot = path.lastIndexOf('.');
  return dot < 0 ? undefined : SUFFIXES[path.slice(dot).toLowerCase()];
}

/** The format of a content type header, or undefined when it is none DHIS2 reads. */
export function contentTypeFormat(header: string | undefined): PayloadFormat | undefined {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  return PAYLOAD_TYPES[type];
}

/** The answer's format from an Accept header (first match), JSON when it names none of ours. */
export function acceptFormat(header: string | undefined): PayloadFormat {
  for (const part of (header ?? '').split(',')) {
    const format = PAYLOAD_TYPES[part.split(';')[0]!.trim().toLowerCase()];
    if (format) return format;
  }
  return 'json';
}
