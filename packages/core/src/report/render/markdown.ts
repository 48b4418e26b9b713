import type { ReportDocument } from '../model.ts';

/** The report as Markdown (being written). */
export function renderMarkdown(doc: ReportDocument): string {
  return `# ${doc.title}`;
}
