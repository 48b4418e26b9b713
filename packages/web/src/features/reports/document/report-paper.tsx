import type { ReportDocument } from '@syt/core/report/model.ts';
import { vi } from '../../../i18n/vi.ts';
import { PaperBody, type PaperEditing } from './paper-body.tsx';
import { PaperCharts } from './paper-charts.tsx';
import { PaperHeader } from './paper-header.tsx';
import { PaperSignature } from './paper-signature.tsx';
import classes from './paper.module.css';

/** The whole report on an A4-like page, as it will print, charts last; text areas in place of free text when editing. */
export function ReportPaper({ doc, editing }: { doc: ReportDocument; editing?: PaperEditing }) {
  return (
    <article className={classes.paper} aria-label={vi.reports.document.paperLabel} data-testid="report-paper" lang="vi">
      <PaperHeader doc={doc} />
      <PaperBody doc={doc} {...(editing ? { editing } : {})} />
      <PaperSignature header={doc.header} />
      <PaperCharts charts={doc.charts ?? []} />
    </article>
  );
}
