import type { Database } from '../../db/database.ts';
import { ValuesSettledTracker } from './report-data-version.ts';

/** Explicit bounds: a province's written report is ~100 kB as JSON, its .docx and PDF a few hundred kB each. */
export const REPORT_CACHE_MAX_ENTRIES = 200;
export const REPORT_CACHE_MAX_BYTES = 64 * 1024 * 1024;

/** What the cache did, for tests and benchmarks. */
export interface ReportCacheStats {
  hits: number;
  /** Values computed: one per key however many requests waited for it. */
  builds: number;
}

interface Entry {
  value: unknown;
  bytes: number;
}

/**
 * Written reports and their rendered files, least recently used first out, bounded by count and bytes. Callers
 * key entries by everything the value depends on, so an entry is never stale, only unused. Concurrent requests for
 * a missing key share one computation (50 readers of a report just changed cost one write, not 50).
 */
export class ReportCache {
  readonly stats: ReportCacheStats = { hits: 0, builds: 0 };
  readonly versions = new ValuesSettledTracker();
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<unknown>>();
  private bytes = 0;

  constructor(private readonly limits = { entries: REPORT_CACHE_MAX_ENTRIES, bytes: REPORT_CACHE_MAX_BYTES }) {}

  /** The value under `key`, computed once by `build` when absent; kept only when `store` (see the version tracker). */
  async get<T>(key: string, build: () => Promise<T>, options: { store: boolean; bytes: (value: T) => number }): Promise<T> {
    const entry = this.entries.get(key);
    if (entry) {
      // Re-inserted: a Map iterates in insertion order, so its first key is the least recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
      this.stats.hits++;
      return entry.value as T;
    }
    const running = this.pending.get(key);
    if (running) return running as Promise<T>;
    const computed = (async () => {
      this.stats.builds++;
      const value = await build();
      if (options.store) this.put(key, value, options.bytes(value));
      return value;
    })();
    this.pending.set(key, computed);
    const settle = () => this.pending.delete(key);
    computed.then(settle, settle);
    return computed;
  }

  private put(key: string, value: unknown, bytes: number): void {
    if (bytes > this.limits.bytes || this.entries.has(key)) return;
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [oldest, old] of this.entries) {
      if (this.entries.size <= this.limits.entries && this.bytes <= this.limits.bytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.bytes;
    }
  }
}

const caches = new WeakMap<Database, ReportCache>();

/** The report cache of one database handle (one per server; tests' databases each get their own). */
export function reportCacheFor(db: Database): ReportCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new ReportCache()));
  return cache;
}

/** Gives a database handle a cache of the caller's choosing (benchmarks compare against one that keeps nothing). */
export function useReportCache(db: Database, cache: ReportCache): void {
  caches.set(db, cache);
}
