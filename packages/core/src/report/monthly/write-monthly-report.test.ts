import { describe, expect, it } from 'vitest';
import { fakeContext } from './activities/test-context.ts';
import { writeMonthlyReport } from './write-monthly-report.ts';

/** A report input of Kon Tum for `period` with nothing stored: the titles depend on the month alone. */
const inputOf = (period: string) => ({
  ...fakeContext({}, period).input,
  orgUnit: { code: '62', name: 'Tỉnh Kon Tum', sortOrder: 0, sentenceName: 'tỉnh Kon Tum' },
});

describe('writeMonthlyReport', () => {
  it("plans December's next month as January of the next year", () => {
    const doc = writeMonthlyReport(inputOf('202312'));
    expect(doc.subject).toBe(
      'tình hình thực hiện nhiệm vụ tháng 12 năm 2023 và nhiệm vụ công tác trọng tâm tháng 01 năm 2024',
    );
    expect(doc.opening).toBe(`Sở Y tế báo cáo ${doc.subject} của ngành Y tế tỉnh Kon Tum như sau:`);
    expect(doc.results.title).toBe('Tình hình thực hiện nhiệm vụ tháng 12 năm 2023');
    expect(doc.plan.title).toBe('Kế hoạch công tác tháng 01 năm 2024');
  });

  it('plans the month after within the year otherwise', () => {
    const doc = writeMonthlyReport(inputOf('202311'));
    expect(doc.subject).toBe(
      'tình hình thực hiện nhiệm vụ tháng 11 năm 2023 và nhiệm vụ công tác trọng tâm tháng 12 năm 2023',
    );
    expect(doc.plan.title).toBe('Kế hoạch công tác tháng 12 năm 2023');
  });
});
