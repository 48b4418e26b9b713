import { formatDocumentNumber, type IssueInput } from '@syt/core/report/issue/index.ts';
import type { ReportDocument } from '@syt/core/report/model.ts';
import { conflict } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Executor } from '../metadata/upsert.ts';
import { requireKind, requireReportPeriod, storedReportName } from './report-period.ts';
import { issuedDocument } from './report-status.ts';
import { issuedDocuments, type InstanceRecord } from './reports.repository.ts';

/**
 * The document as issued, with the clerk's number and date (400 naming the field that is missing or wrong), and 409
 * naming `number` when a report of the same unit issued in the same year already carries that number and symbol:
 * the register of outgoing documents gives each number once a year.
 */
export async function issueDocument(db: Executor, row: InstanceRecord, stored: ReportDocument, input: IssueInput, today: string): Promise<ReportDocument> {
  const document = issuedDocument(stored, input, today, requireReportPeriod(requireKind(row.kind), row.period));
  const { documentNumber, documentSymbol, date } = document.header;
  for (const other of await issuedDocuments(db, row.org_unit_id)) {
    const header = (JSON.parse(other.document) as ReportDocument).header;
    const same = header.documentNumber === documentNumber && header.documentSymbol === documentSymbol;
    if (same && header.date?.slice(0, 4) === date?.slice(0, 4)) {
      const message = vi.report.issue.numberTaken(formatDocumentNumber(header), storedReportName(other.kind, other.period));
      throw conflict(message, [{ field: 'number', message }]);
    }
  }
  return document;
}
