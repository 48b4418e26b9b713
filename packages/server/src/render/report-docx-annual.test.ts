import { writeMonthlyReport, type ReportTarget } from '@syt/core/report/index.ts';
import { kontumReportInput } from '@syt/core/report/monthly/golden/seed-001-input.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportDocx } from './report-docx.ts';
import { attr, xmlParts } from './report-docx.test-xml.ts';

const TARGETS: ReportTarget[] = [
  { name: 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', measure: '%', direction: 'AT_LEAST', value: 95, actual: 96.4, percent: 101.5, status: 'EXCEEDED', estimate: 96.4, estimateStatus: 'EXCEEDED', to: '202311' },
  { name: 'Số ca mắc sốt xuất huyết', measure: 'ca', direction: 'AT_MOST', value: 400, actual: null, percent: null, status: null, estimate: null, to: null },
];

let parts: Record<string, string>;
let document: string;

beforeAll(async () => {
  // The demo's year read as the annual review (the figures' spans do not matter to the layout).
  const input = { ...kontumReportInput('202311'), kind: 'annual' as const, period: '2023', targets: TARGETS };
  parts = await xmlParts(await renderReportDocx(writeMonthlyReport(input)));
  document = parts['word/document.xml']!;
});

/** The annual review's .docx: the monthly report's Decree 30 checks, and its targets as a real Word table. */
describe('renderReportDocx of the annual review', () => {
  it('keeps A4 and Times New Roman alone', () => {
    expect(attr(document, 'w:pgSz', 'w:w')).toBe(11906);
    const all = Object.values(parts).join('\n');
    const fonts = [...all.matchAll(/\b(?:w:ascii|w:hAnsi|w:cs|w:eastAsia|typeface)="([^"]*)"/gu)].map((m) => m[1]);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
  });

  it('prints the targets as a ruled Word table whose header row repeats on each page, a missing figure as a dash', () => {
    const table = document.split('<w:tbl>').slice(1).find((t) => t.includes('Kế hoạch năm 2023'))!;
    expect(table).toBeDefined();
    expect(table.match(/<w:tr[ >]/gu)).toHaveLength(3);
    expect(table).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/u);
    expect(table).toMatch(/<w:insideH w:val="single"/u);
    const text = table.replace(/<[^>]+>/gu, ' ').replace(/\s+/gu, ' ');
    expect(text).toContain('Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ % ≥ 95 96,4 101,5 96,4 Ước vượt');
    expect(text).toContain('Số ca mắc sốt xuất huyết ca ≤ 400 — — — —');
    expect(text).toContain('Thực hiện đến 30/11/2023');
  });
});
