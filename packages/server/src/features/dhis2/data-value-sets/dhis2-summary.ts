import type { Dhis2ImportSummary, Dhis2WebMessage } from '@syt/core/api/dhis2.ts';
import { dhis2Messages as m } from '../dhis2.messages.ts';

/** DHIS2's envelope: 200 when everything was stored, 409 Conflict when any value was refused. */
export function importWebMessage(summary: Dhis2ImportSummary): Dhis2WebMessage {
  if (summary.status === 'SUCCESS') {
    return { httpStatus: 'OK', httpStatusCode: 200, status: 'OK', message: m.importDone, response: summary };
  }
  const status = summary.status === 'WARNING' ? 'WARNING' : 'ERROR';
  return { httpStatus: 'Conflict', httpStatusCode: 409, status, message: m.importConflicts, response: summary };
}
