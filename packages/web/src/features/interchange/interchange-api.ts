import type { ImportSummary } from '@syt/core/api/contract.ts';
import { uploadFile } from '../../api/upload.ts';
import type { ExportFormat, ImportFormat } from './interchange-formats.ts';

export interface ImportRequest {
  file: File;
  format: ImportFormat;
  dryRun: boolean;
  /** Mark every form the file fills as submitted by the importer. */
  submit: boolean;
  onProgress: (fraction: number) => void;
}

/** POST /api/imports?format&dryRun&submit with the file in the multipart field `file`. */
export function importFile({ file, format, dryRun, submit, onProgress }: ImportRequest): Promise<ImportSummary> {
  const query = new URLSearchParams({ format, dryRun: String(dryRun), submit: String(submit) });
  return uploadFile<ImportSummary>({ path: `/api/imports?${query.toString()}`, field: 'file', file, onProgress });
}

export interface ExportRequest {
  orgUnit: string;
  descendants: boolean;
  periods: readonly string[];
  /** Empty: every data set. */
  dataSet: string;
  format: ExportFormat;
}

/** Address of GET /api/exports for a download link: `?orgUnit=62&descendants=true&period=202311,202310&dataSet=…&format=csv`. */
export function exportUrl(request: ExportRequest): string {
  const query = new URLSearchParams({
    orgUnit: request.orgUnit,
    descendants: String(request.descendants),
    period: request.periods.join(','),
  });
  if (request.dataSet) query.set('dataSet', request.dataSet);
  query.set('format', request.format);
  return `/api/exports?${query.toString()}`;
}
