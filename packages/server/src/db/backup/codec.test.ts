import { describe, expect, it } from 'vitest';
import { decodeValue, encodeValue, TableChecksum } from './codec.ts';

const checksum = (lines: string[]) => {
  const sum = new TableChecksum();
  for (const line of lines) sum.add(line);
  return sum.digest();
};

describe('the backup codec', () => {
  it('gives the same checksum whatever order the rows are read in, and another for any other content', () => {
    const rows = ['[1,"Kon Tum"]', '[2,"Đăk Hà"]', '[3,null]'];
    expect(checksum([...rows].reverse())).toBe(checksum(rows));
    expect(checksum(['[1,"Kon Tum"]', '[2,"Đăk Hà"]'])).not.toBe(checksum(rows));
    expect(checksum(['[1,"Kon Tum"]', '[2,"Đăk Hà"]', '[3,""]'])).not.toBe(checksum(rows));
    // A row listed twice is not the same table as the row once plus nothing.
    expect(checksum(['[1,"a"]', '[1,"a"]'])).not.toBe(checksum(['[1,"a"]']));
  });

  it('carries bytes as base64 and back, and writes booleans and timestamps as SQLite stores them', () => {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const encoded = encodeValue(bytes);
    expect(JSON.parse(JSON.stringify(encoded))).toEqual({ b: bytes.toString('base64') });
    expect(decodeValue(encoded)).toEqual(bytes);
    expect(encodeValue(new Uint8Array([1, 2]))).toEqual({ b: 'AQI=' });
    expect([true, false].map(encodeValue)).toEqual([1, 0]);
    expect(encodeValue(new Date('2024-03-05T02:00:00Z'))).toBe('2024-03-05T02:00:00.000Z');
    expect([null, undefined, 7, 'x'].map(encodeValue)).toEqual([null, null, 7, 'x']);
  });
});
