import { isIsoDate } from '../../period/iso-date.ts';
import { parseDocumentNumber, type DocumentNumber } from './document-number.ts';

/** What the clerk gives when issuing a report: its number and symbol (`123/BC-SYT`) and the date it is issued. */
export interface IssueInput {
  number?: string | undefined;
  date?: string | undefined;
}

/** Why an issue was refused, per field; the caller words it. */
export type IssueProblem =
  | { field: 'number'; kind: 'missing' | 'format' }
  | { field: 'date'; kind: 'missing' | 'invalid' | 'future' | 'beforePeriod' };

export type IssueCheck = { ok: true; number: DocumentNumber; date: string } | { ok: false; problems: IssueProblem[] };

/**
 * Checks an issue's number and date: both required, the number in the form `123/BC-SYT`, the date a real day that
 * is neither after today (the server's) nor before the first day of the report's month.
 */
export function checkIssue(input: IssueInput, context: { today: string; periodStart: string }): IssueCheck {
  const problems: IssueProblem[] = [];
  const text = input.number?.trim() ?? '';
  const number = text ? parseDocumentNumber(text) : null;
  if (!text) problems.push({ field: 'number', kind: 'missing' });
  else if (!number) problems.push({ field: 'number', kind: 'format' });
  const date = input.date?.trim() ?? '';
  if (!date) problems.push({ field: 'date', kind: 'missing' });
  else if (!isIsoDate(date)) problems.push({ field: 'date', kind: 'invalid' });
  else if (date > context.today) problems.push({ field: 'date', kind: 'future' });
  else if (date < context.periodStart) problems.push({ field: 'date', kind: 'beforePeriod' });
  return problems.length === 0 && number ? { ok: true, number, date } : { ok: false, problems };
}
