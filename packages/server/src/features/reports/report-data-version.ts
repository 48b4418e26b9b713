import { isPostgres } from '../../db/dialect.ts';
import type { Executor } from '../metadata/upsert.ts';
import { newTransactionId, readReportDataVersion, type ReportDataVersion } from './report-version.repository.ts';

/** The versions a report is cached under, and whether a document built now may be kept under them. */
export interface ReportVersionReading {
  version: ReportDataVersion;
  storable: boolean;
}

/**
 * Tells when every value write with an audit id up to the newest seen has ended. SQLite has one writer at a time,
 * so audit ids commit in order and that holds at once. PostgreSQL draws ids before commit: a transaction holding
 * id 100 may commit after one holding 101, and a document built between the two would be cached under 101 without
 * value 100's change. Every such transaction wrote its value (taking a transaction id) before drawing its audit id,
 * so it holds a transaction id below one given out after 101 was first seen; once the oldest running transaction is
 * past that id, all of them have ended.
 */
export class ValuesSettledTracker {
  private seen: { values: number; after: Promise<bigint> } | undefined;

  async read(db: Executor): Promise<ReportVersionReading> {
    const version = await readReportDataVersion(db);
    if (!isPostgres(db)) return { version, storable: true };
    if (this.seen?.values !== version.values) {
      // Failing to draw an id leaves this value version unstorable, never wrongly storable.
      this.seen = { values: version.values, after: newTransactionId(db).catch(() => BigInt(Number.MAX_SAFE_INTEGER)) };
    }
    return { version, storable: version.xmin >= (await this.seen.after) };
  }
}
