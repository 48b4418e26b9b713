import type { ReportDocument } from '@syt/core/report/model.ts';
import { parseReportPeriod } from '@syt/core/report/report-period.ts';
import { placeAndDate } from '@syt/core/vi/date-words.ts';
import { vi } from '../../../i18n/vi.ts';
import classes from './paper.module.css';

const t = vi.reports.document;

/** Punctuation of a list in the document: `;` after each line, `.` after the last. */
export function listLine(line: string, last: boolean): string {
  return `${line.replace(/[.;]+$/u, '')}${last ? '.' : ';'}`;
}

/** The header block, the title and subject, Kính gửi and the opening sentence (Decree 30 layout). */
export function PaperHeader({ doc }: { doc: ReportDocument }) {
  const { header } = doc;
  const period = parseReportPeriod(doc.kind, doc.period);
  const year = Number(doc.period.slice(0, 4));
  // Without a signing date the year printed is the one the report is issued in (the month after the period).
  const issueYear = period?.lastMonth === 12 ? year + 1 : year;
  return (
    <>
      <div className={classes.header}>
        <div>
          <p className={classes.headerLine}>{header.superiorBody}</p>
          <p className={classes.headerLine}>
            <strong className={classes.ruled}>{header.issuingBody}</strong>
          </p>
          <p className={classes.headerLine} style={{ marginTop: '6pt', fontSize: '13pt' }} data-testid="report-document-number">
            {t.number(header.documentNumber, header.documentSymbol)}
          </p>
        </div>
        <div>
          <p className={classes.headerLine}>
            <strong>{t.republic}</strong>
          </p>
          <p className={classes.headerLine} style={{ fontSize: '13.5pt' }}>
            <strong className={`${classes.ruled} ${classes.ruledFull}`}>{t.motto}</strong>
          </p>
          <p className={classes.placeDate} data-testid="report-place-date">
            {placeAndDate(header.place, header.date, issueYear)}
          </p>
        </div>
      </div>
      <h2 className={classes.title}>{doc.title}</h2>
      <p className={classes.subject}>{doc.subject}</p>
      <div className={classes.shortRule} />
      <div className={classes.recipients}>
        <span>{t.recipients}</span>
        <div>
          {header.recipients.map((line, i) => (
            <div key={i}>
              {header.recipients.length > 1 ? '- ' : ''}
              {listLine(line, i === header.recipients.length - 1)}
            </div>
          ))}
        </div>
      </div>
      <p className={classes.p}>{doc.opening}</p>
    </>
  );
}
