import { isPostgres } from '../../db/dialect.ts';
import type { Executor } from '../metadata/upsert.ts';
import { countAuditIdsBetween, newTransactionId, oldestRunningTransaction, type ReportDataVersion } from './report-version.repository.ts';

/** Ids counted at most to prove that no audit row below the newest is still to come. */
const DENSE_CHECK_LIMIT = 10_000;
const NEVER = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Tells when no value write with an audit id below the newest seen can still commit. SQLite has one writer at a
 * time, so audit ids commit in order. PostgreSQL draws ids before commit: a transaction holding id 100 may commit
 * after one holding 101, and a document written between the two would be cached under 101 without value 100.
 * Two proofs, the cheap one first: every id since the last settled one is there (no gap left to fill), or, when
 * there is a gap (a write still running, or one rolled back), every transaction that could hold a lower id has
 * ended. Those wrote their value (taking a transaction id) before drawing the audit id, so they hold a transaction
 * id below one given out after the newest audit id was first seen.
 */
export class ValuesSettledTracker {
  private settled = 0;
  private seen: { values: number; after: Promise<bigint> } | undefined;

  /** Whether a document written after `version` was read may be kept under it. */
  async storable(db: Executor, version: ReportDataVersion): Promise<boolean> {
    if (!isPostgres(db)) return true;
    const storable = await this.settles(db, version);
    if (storable) this.settled = Math.max(this.settled, version.values);
    return storable;
  }

  private async settles(db: Executor, version: ReportDataVersion): Promise<boolean> {
    const { values } = version;
    if (values <= this.settled) return values === this.settled;
    const span = values - this.settled;
    if (span <= DENSE_CHECK_LIMIT && (await countAuditIdsBetween(db, this.settled, values)) === span) return true;
    if (this.seen?.values === values) return version.xmin >= (await this.seen.after);
    // First sighting: draw the id, then look at the oldest running transaction again. An id not drawn leaves this
    // value version unstorable, never wrongly storable.
    const seen = { values, after: newTransactionId(db).catch(() => NEVER) };
    this.seen = seen;
    const after = await seen.after;
    return after !== NEVER && (await oldestRunningTransaction(db)) >= after;
  }
}
