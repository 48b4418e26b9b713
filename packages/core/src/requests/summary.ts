/** The list of reporting requests (`GET /api/requests`): one line per request with its groups' deadlines and counts. */
import type { RequestView } from '../api/requests.ts';

export interface RequestSummary {
  id: number;
  number: string;
  date: string;
  subject: string;
  groups: { id: number; name: string; deadline: string }[];
  /** Over the submissions the reader may see (their own unit's, for a unit user). */
  counts: RequestView['counts'];
  createdAt: string;
}
