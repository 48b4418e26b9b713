import { describe, expect, it } from 'vitest';
import type { Section } from '../model.ts';
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

  it('is the monthly report of the unit, titled "BÁO CÁO", with an empty plan', () => {
    const doc = writeMonthlyReport(inputOf('202311'));
    expect(doc).toMatchObject({ kind: 'monthly', orgUnit: { code: '62', name: 'Tỉnh Kon Tum' }, period: '202311' });
    expect(doc.title).toBe('BÁO CÁO');
    expect(doc.plan.items).toEqual([]);
  });

  it("lays out part I as the seed does: sections, titles, run-in headings and, with nothing stored, only each one's free slot", () => {
    const outline = (s: Section): unknown => ({
      key: s.key,
      title: s.title,
      ...(s.runIn ? { runIn: true } : {}),
      blocks: s.blocks.map((b) => (b.kind === 'free' ? b.slot : b.kind === 'generated' ? b.id : b)),
      ...(s.children.length > 0 ? { children: s.children.map(outline) } : {}),
    });
    const sections = writeMonthlyReport(inputOf('202311')).results.sections.map(outline);
    expect(sections).toEqual([
      {
        key: 'prevention',
        title: 'Công tác y tế dự phòng',
        blocks: [],
        children: [
          { key: 'disease', title: 'Tình hình dịch bệnh tháng 11 năm 2023:', blocks: ['disease'] },
          { key: 'immunisation', title: 'Tiêm chủng mở rộng:', blocks: ['immunisation'] },
          { key: 'hiv', title: 'Phòng chống HIV/AIDS:', blocks: ['hiv'] },
          { key: 'ncd', title: 'Phòng chống bệnh không lây nhiễm (BKLN):', blocks: ['ncd'] },
          {
            key: 'environment',
            title: 'Sức khỏe môi trường – y tế trường học – bệnh nghề nghiệp:',
            blocks: ['environment'],
          },
          { key: 'communication', title: 'Truyền thông, giáo dục sức khỏe:', runIn: true, blocks: ['communication'] },
        ],
      },
      { key: 'food-safety', title: 'An toàn vệ sinh thực phẩm:', blocks: ['food-safety'] },
      { key: 'medical-services', title: 'Khám chữa bệnh:', runIn: true, blocks: ['medical-services'] },
      { key: 'population', title: 'Dân số, sức khỏe sinh sản và dinh dưỡng:', blocks: ['population'] },
      { key: 'forensic', title: 'Công tác giám định:', runIn: true, blocks: ['forensic'] },
      {
        key: 'drug-testing',
        title: 'Công tác kiểm nghiệm, giám sát chất lượng thuốc, mỹ phẩm và thực phẩm chức năng:',
        runIn: true,
        blocks: ['drug-testing'],
      },
      { key: 'other', title: 'Các nhiệm vụ trọng tâm khác', blocks: ['other'] },
    ]);
  });
});
