import { performance } from 'node:perf_hooks';

/** Milliseconds one run of some work takes. */
export async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** The first run (cold caches, plans not yet made), then the median of `runs` more. */
export async function firstAndMedian(work: () => Promise<unknown>, runs = 5): Promise<[first: number, median: number]> {
  const first = await elapsed(work);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await elapsed(work));
  times.sort((a, b) => a - b);
  return [first, (times[(runs - 1) >> 1]! + times[runs >> 1]!) / 2];
}
