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

  it('writes nothing after the clock: later sendings are not made, later approvals not given', () => {
    const now = '2024-01-03T02:00:00.000Z'; // 09:00 in Vietnam, as the end-to-end journeys run
    const early = generateDemoSubmissions(KONTUM_ORG_UNITS, now);
    for (const s of early) {
      expect(s.submittedAt <= now, `${s.orgUnit} ${s.period} sent ${s.submittedAt}`).toBe(true);
      if (s.approvedAt) expect(s.approvedAt <= now).toBe(true);
    }
    // December's forms are due by 5 January: on the 3rd at 09:00 only the earliest units have sent theirs.
    const december = early.filter((s) => s.period === '202312');
    expect(december.length).toBeLessThan(subs.filter((s) => s.period === '202312').length);
    expect(december.every((s) => s.status === 'SUBMITTED' && s.approvedAt === null)).toBe(true);
    // Everything that had happened by then is kept as it was.
    const byKey = new Map(subs.map((s) => [`${s.dataSet}|${s.orgUnit}|${s.period}`, s]));
    for (const s of early.filter((e) => e.period < '202311')) expect(s).toEqual(byKey.get(`${s.dataSet}|${s.orgUnit}|${s.period}`));
  });

  it('leaves a form sent but not yet approved on the day submitted', () => {
    const sent = subs.find((s) => s.period === '202310' && s.approvedAt)!;
    const between = generateDemoSubmissions(KONTUM_ORG_UNITS, sent.submittedAt).find(
      (s) => s.dataSet === sent.dataSet && s.orgUnit === sent.orgUnit && s.period === sent.period,
    );
    expect(between).toMatchObject({ status: 'SUBMITTED', approvedAt: null, submittedAt: sent.submittedAt });
  });
});
