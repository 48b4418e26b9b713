import type { Dhis2ImportSummary, Dhis2TaskNotification } from '@syt/core/api/dhis2.ts';
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../../clock.ts';
import { AppError } from '../../../errors.ts';
import { dhis2Messages as m } from '../dhis2.messages.ts';

/** Jobs kept (finished ones dropped oldest first), and imports running at once across all users. */
export const JOB_LIMITS = { kept: 200, running: 2 } as const;

interface Job {
  id: string;
  owner: number;
  notifications: Dhis2TaskNotification[];
  summary: Dhis2ImportSummary | null;
  done: boolean;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALPHANUMERIC = `${LETTERS}0123456789`;
/** A DHIS2-shaped job id (11 characters, a letter first), random. */
function jobId(): string {
  const bytes = randomBytes(11);
  return [...bytes].map((b, i) => (i === 0 ? LETTERS[b % 52] : ALPHANUMERIC[b % 62])).join('');
}

/**
 * Asynchronous imports (`async=true`), in memory: a restart forgets them, as the job is only a way to wait for an
 * answer. Each is visible to its owner only; another user's id answers as unknown.
 */
export class ImportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly runs = new Set<Promise<void>>();
  constructor(private readonly clock: Clock) {}

  /** Starts `work` in the background and returns the job id; refuses (429) when too many imports already run. */
  start(owner: number, work: () => Promise<Dhis2ImportSummary>): string {
    if (this.runs.size >= JOB_LIMITS.running) throw new AppError(429, 'TOO_MANY_JOBS', m.tooManyJobs, [], { retryAfterSeconds: 10 });
    this.prune();
    const job: Job = { id: jobId(), owner, notifications: [], summary: null, done: false };
    this.jobs.set(job.id, job);
    this.notify(job, 'INFO', m.jobStarted, false);
    const run = (async () => {
      try {
        job.summary = await work();
        this.notify(job, 'INFO', m.jobDone(job.summary.status), true);
      } catch (error) {
        this.notify(job, 'ERROR', error instanceof AppError ? error.message : m.jobFailed, true);
      } finally {
        job.done = true;
      }
    })();
    this.runs.add(run);
    void run.finally(() => this.runs.delete(run));
    return job.id;
  }

  /** The job's notifications, newest first, or null when it is unknown or someone else's. */
  notifications(owner: number, id: string): Dhis2TaskNotification[] | null {
    const job = this.jobs.get(id);
    return job && job.owner === owner ? [...job.notifications].reverse() : null;
  }

  /** The finished job's summary; undefined while it runs; null when unknown or someone else's. */
  summary(owner: number, id: string): Dhis2ImportSummary | undefined | null {
    const job = this.jobs.get(id);
    if (!job || job.owner !== owner) return null;
    return job.summary ?? undefined;
  }

  /** Waits until no job runs (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.runs.size > 0) await Promise.all([...this.runs].map((run) => run.finally(() => this.runs.delete(run))));
  }

  private notify(job: Job, level: 'INFO' | 'ERROR', message: string, completed: boolean): void {
    job.notifications.push({ uid: jobId(), level, category: 'DATAVALUE_IMPORT', time: this.clock.now().toISOString(), message, completed });
  }

  /** Drops the oldest finished jobs beyond the bound (a Map iterates in insertion order). */
  private prune(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size < JOB_LIMITS.kept) return;
      if (job.done) this.jobs.delete(id);
    }
    if (this.jobs.size >= JOB_LIMITS.kept) throw new AppError(429, 'TOO_MANY_JOBS', m.tooManyJobs, [], { retryAfterSeconds: 10 });
  }
}
