/** Issuing a report: the registration number and date the clerk gives, and their checks. */
export { formatDocumentNumber, parseDocumentNumber, type DocumentNumber } from './document-number.ts';
export { checkIssue, type IssueCheck, type IssueInput, type IssueProblem } from './issue-check.ts';
