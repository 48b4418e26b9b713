import { describe, expect, it } from 'vitest';
import { appendixMessages as m } from './appendix.messages.ts';

describe('the appendix\'s "Thực hiện" heading', () => {
  it('names the months counted as a department writes them', () => {
    expect(m.actual('202301', '202312')).toBe('Thực hiện cả năm 2023');
    expect(m.actual('202301', '202311')).toBe('Thực hiện 11 tháng (01–11/2023)');
    expect(m.actual('202401', '202401')).toBe('Thực hiện tháng 01/2024');
  });

  it('says when no month of the year has ended instead of showing figures of nothing', () => {
    expect(m.actual(null, null)).toBe('Thực hiện (chưa hết tháng nào của năm)');
  });
});
