/** Rounding figures for display, half away from zero, without binary drift (1.005 → 1.01). */

// Shifting the decimal point through the number's text avoids `1.005 * 100 = 100.49999999999999`.
function shiftDecimals(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** `value` rounded to `decimals` places, halves away from zero (2.5 → 3, −2.5 → −3); throws on bad `decimals`. */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`roundTo: decimals must be an integer from 0 to 15, got ${decimals}`);
  }
  if (!Number.isFinite(value)) return value;
  const magnitude = shiftDecimals(Math.round(shiftDecimals(Math.abs(value), decimals)), -decimals);
  return magnitude === 0 ? 0 : Math.sign(value) * magnitude;
}
