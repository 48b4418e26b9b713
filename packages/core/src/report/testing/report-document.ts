/** Builders of small hand-made report documents for tests: the envelope of November 2023 around the given sections. */
import { defaultReportHeader } from '../header.ts';
import type { ReportDocument, Section } from '../model.ts';

/** A section without children unless given. */
export const testSection = (
  key: string,
  title: string,
  blocks: Section['blocks'],
  extra: Partial<Section> = {},
): Section => ({
  key,
  title,
  blocks,
  children: [],
  ...extra,
});

/** Kon Tum's report of November 2023 holding `sections`, with the default header; `overrides` replace whole fields. */
export function testReport(sections: Section[], overrides: Partial<ReportDocument> = {}): ReportDocument {
  return {
    kind: 'monthly',
    orgUnit: { code: '62', name: 'Tỉnh Kon Tum' },
    period: '202311',
    header: defaultReportHeader({ name: 'Tỉnh Kon Tum' }),
    title: 'BÁO CÁO',
    subject: 'tình hình thực hiện nhiệm vụ tháng 11 năm 2023 và nhiệm vụ công tác trọng tâm tháng 12 năm 2023',
    opening: 'Sở Y tế báo cáo như sau:',
    results: { title: 'Tình hình thực hiện nhiệm vụ tháng 11 năm 2023', sections },
    plan: { title: 'Kế hoạch công tác tháng 12 năm 2023', items: [] },
    ...overrides,
  };
}
