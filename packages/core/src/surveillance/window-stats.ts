/** Mean and standard deviation of a window of counts, leaving missing counts out. */
import { countAt } from './series.ts';

export interface WindowStats {
  /** How many counts of the window were reported. */
  n: number;
  mean: number;
  /** The sample standard deviation (denominator n − 1, as R's `sd`); 0 when n < 2. */
  sd: number;
}

/** Statistics of counts[first..last] (inclusive), missing counts left out; NaN mean when none is reported. */
export function windowStats(counts: readonly (number | null)[], first: number, last: number): WindowStats {
  let n = 0;
  let sum = 0;
  for (let i = first; i <= last; i++) {
    const value = countAt(counts, i);
    if (value !== null) {
      n++;
      sum += value;
    }
  }
  const mean = n > 0 ? sum / n : Number.NaN;
  let squares = 0;
  for (let i = first; i <= last; i++) {
    const value = countAt(counts, i);
    if (value !== null) squares += (value - mean) * (value - mean);
  }
  return { n, mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0 };
}
