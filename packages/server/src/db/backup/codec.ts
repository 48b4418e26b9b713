import { createHash } from 'node:crypto';

/** A value as it travels in the dump: JSON-safe and the same whichever engine it was read from. */
export type DumpValue = string | number | null | { b: string };

/** Bytes become `{ b: base64 }`; booleans 0/1 and timestamps ISO text, as the schema stores them on SQLite. */
export function encodeValue(value: unknown): DumpValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Uint8Array)
    return { b: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'string') return value;
  throw new Error(`unsupported column value: ${typeof value}`);
}

/** The value to bind on insert: bytes back to a Buffer, everything else as it is. */
export function decodeValue(value: DumpValue): unknown {
  return value !== null && typeof value === 'object' ? Buffer.from(value.b, 'base64') : value;
}

const MOD = 1n << 256n;

/**
 * A table's fingerprint: row count and the sum (mod 2^256) of each row's SHA-256. The sum does not depend on
 * row order, so a table read in SQLite's byte order and PostgreSQL's collation order gives the same checksum.
 */
export class TableChecksum {
  rows = 0;
  private sum = 0n;

  /** Adds one row, given as its dump line (the JSON of its encoded values in column order). */
  add(line: string): void {
    this.rows++;
    this.sum = (this.sum + BigInt(`0x${createHash('sha256').update(line).digest('hex')}`)) % MOD;
  }

  digest(): string {
    return createHash('sha256')
      .update(`${this.rows}:${this.sum.toString(16)}`)
      .digest('hex');
  }
}
