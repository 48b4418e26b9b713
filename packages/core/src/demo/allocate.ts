/** Integer allocation: share a whole number among cells in proportion to weights, within caps. */

/**
 * Splits `total` into non-negative integers proportional to `weights` (largest remainder),
 * never giving a cell more than its cap. Cells whose weights are all zero share evenly.
 * Throws when the caps cannot hold the total.
 */
export function allocate(total: number, weights: readonly number[], caps?: readonly number[]): number[] {
  const n = weights.length;
  const cap = (i: number) => Math.max(0, Math.floor(caps?.[i] ?? Infinity));
  if (!Number.isInteger(total) || total < 0) throw new Error(`Cannot allocate ${total}`);
  const room = Array.from({ length: n }, (_, i) => cap(i)).reduce((a, b) => a + b, 0);
  if (room < total) throw new Error(`Cannot allocate ${total} within caps totalling ${room}`);
  const shares = waterFill(total, weights, cap);
  const result = shares.map(Math.floor);
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = shares
    .map((s, i) => ({ i, frac: s - Math.floor(s) }))
    .filter(({ i }) => result[i]! < cap(i))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    result[i] = result[i]! + 1;
    left--;
  }
  // Rounding error in the shares can leave a unit over; any cell with room takes it.
  for (let i = 0; left > 0 && i < n; i++) {
    const take = Math.min(left, cap(i) - result[i]!);
    result[i] = result[i]! + take;
    left -= take;
  }
  return result;
}

/** Continuous proportional shares, re-spreading whatever a capped cell cannot take. */
function waterFill(total: number, weights: readonly number[], cap: (i: number) => number): number[] {
  const shares = weights.map(() => 0);
  let active = weights.map((_, i) => i).filter((i) => cap(i) > 0);
  let remaining = total;
  while (remaining > 1e-9 && active.length > 0) {
    const sum = active.reduce((s, i) => s + Math.max(0, weights[i]!), 0);
    const part = (i: number) => (sum > 0 ? Math.max(0, weights[i]!) / sum : 1 / active.length);
    const full = active.filter((i) => shares[i]! + remaining * part(i) >= cap(i));
    if (full.length === 0) {
      for (const i of active) shares[i]! += remaining * part(i);
      break;
    }
    for (const i of full) {
      remaining -= cap(i) - shares[i]!;
      shares[i] = cap(i);
    }
    active = active.filter((i) => !full.includes(i));
  }
  return shares;
}
