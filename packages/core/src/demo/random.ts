/**
 * Seeded randomness for the demo. Every draw comes from a generator keyed by the seed and the
 * cell it is for (element, unit, month…), so a value does not depend on what else is generated:
 * widening the period range or adding an element leaves the other values unchanged.
 */

export type Random = () => number;

/** mulberry32: a small, fast 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of the seed and the key parts, as an unsigned 32-bit integer. */
export function hashKey(seed: number, parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (const ch of parts.join('\u0001')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A generator for one cell of the demo, keyed by the seed and the given parts. */
export function randomFor(seed: number, ...parts: (string | number)[]): Random {
  return mulberry32(hashKey(seed, parts));
}

/** A standard normal draw (Box–Muller). */
export function normal(rand: Random): number {
  const u = 1 - rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** A Poisson draw: Knuth's method for small means, a rounded normal approximation for large ones. */
export function poisson(rand: Random, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rand)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rand(); p > limit; p *= rand()) k++;
  return k;
}

/** A binomial draw of `n` trials with probability `p`; normal approximation for large `n`. */
export function binomial(rand: Random, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n > 60) {
    const sd = Math.sqrt(n * p * (1 - p));
    return Math.min(n, Math.max(0, Math.round(n * p + sd * normal(rand))));
  }
  let k = 0;
  for (let i = 0; i < n; i++) if (rand() < p) k++;
  return k;
}

/** A log-normal multiplier with median 1, for month-to-month swings shared by every district. */
export function swing(rand: Random, sigma: number): number {
  return sigma > 0 ? Math.exp(sigma * normal(rand) - (sigma * sigma) / 2) : 1;
}
