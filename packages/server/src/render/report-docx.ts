import type { ReportDocument } from '@syt/core/report/model.ts';

/** The report as a .docx in the Decree 30 format (being written). */
export async function renderReportDocx(_doc: ReportDocument): Promise<Buffer> {
  throw new Error('not yet');
}
