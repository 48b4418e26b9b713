import { describe, expect, it } from 'vitest';
import { capitalise, joinWithAnd } from './words.ts';

describe('joinWithAnd', () => {
  it('joins with commas and "và" before the last', () => {
    expect(joinWithAnd([])).toBe('');
    expect(joinWithAnd(['a'])).toBe('a');
    expect(joinWithAnd(['a', 'b'])).toBe('a và b');
    expect(joinWithAnd(['a', 'b', 'c'])).toBe('a, b và c');
  });
});

describe('capitalise', () => {
  it('upper-cases a Vietnamese first letter', () => {
    expect(capitalise('đã có')).toBe('Đã có');
    expect(capitalise('tổng số')).toBe('Tổng số');
  });
});
