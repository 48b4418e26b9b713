import type { ReportDocument } from '../model.ts';

/** The report as plain text (being written). */
export function renderText(doc: ReportDocument): string {
  return doc.title;
}
