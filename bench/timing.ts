import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';

/** Milliseconds one run of some work takes. */
export async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** The first run (cold caches, plans not yet made), then the median of `runs` more: every suite times the same way. */
export async function firstAndMedian(work: () => Promise<unknown>, runs = 5): Promise<[first: number, median: number]> {
  const first = await elapsed(work);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await elapsed(work));
  times.sort((a, b) => a - b);
  return [first, (times[(runs - 1) >> 1]! + times[runs >> 1]!) / 2];
}

/**
 * CPU milliseconds the PostgreSQL backend of one connection spends on some work, read from /proc (a server on this
 * machine): unlike the wall clock, it does not grow when other work shares the cores. NaN when /proc cannot tell.
 */
export async function backendCpu(client: pg.Client, work: () => Promise<unknown>): Promise<number> {
  const pid = (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
  return processCpu(pid, work);
}

/** CPU milliseconds a process of this machine spends while some work runs (NaN when /proc cannot tell). */
export async function processCpu(pid: number, work: () => Promise<unknown>): Promise<number> {
  const ticks = () => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      // utime and stime, fields 14 and 15 of the line, in USER_HZ (100 per second on Linux).
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return NaN;
    }
  };
  const before = ticks();
  await work();
  return ticks() - before;
}
