import { describe, expect, it } from 'vitest';
import { KONTUM_ORG_UNITS } from '../orgunit/kontum.ts';
import { generateDemoSubmissions } from './submissions.ts';

describe('demo submissions', () => {
  const subs = generateDemoSubmissions(KONTUM_ORG_UNITS);

  it('covers every assigned unit and month, deterministically', () => {
    expect(subs).toHaveLength(60 * 11);
    expect(generateDemoSubmissions(KONTUM_ORG_UNITS)).toEqual(subs);
  });

  it('sends most forms by the 5th and some late, approving all but the last two months', () => {
    const late = subs.filter((s) => Number(s.submittedAt.slice(8, 10)) > 5);
    expect(late.length / subs.length).toBeGreaterThan(0.05);
    expect(late.length / subs.length).toBeLessThan(0.25);
    expect(subs.filter((s) => s.status === 'SUBMITTED').map((s) => s.period)).toEqual(expect.arrayContaining(['202311', '202312']));
    expect(new Set(subs.filter((s) => s.status === 'SUBMITTED').map((s) => s.period))).toEqual(new Set(['202311', '202312']));
    for (const s of subs) expect(s.submittedAt > `${s.period.slice(0, 4)}-${s.period.slice(4)}`).toBe(true);
  });
});
