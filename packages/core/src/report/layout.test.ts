import { describe, expect, it } from 'vitest';
import { layoutBody } from './layout.ts';
import type { Block, ReportDocument, Section } from './model.ts';
import { testReport, testSection } from './testing/report-document.ts';

const generated = (id: string, text: string): Block => ({ kind: 'generated', id, sentences: [{ text, figures: [] }] });
const free = (slot: string, text = ''): Block => ({ kind: 'free', slot, hint: slot, text });
const section = (key: string, title: string, blocks: Block[], children: Section[] = [], runIn = false): Section =>
  testSection(key, title, blocks, { children, ...(runIn ? { runIn } : {}) });

const doc = (sections: Section[], plan: string[] = []): ReportDocument =>
  testReport(sections, { plan: { title: 'Kế hoạch công tác tháng 12 năm 2023', items: plan } });

const headings = (d: ReportDocument, keep = false) =>
  layoutBody(d, { keepEmptySlots: keep })
    .filter((p) => p.role === 'section' || p.role === 'subsection')
    .map((p) => p.runs[0]!.text);

describe('the printed body', () => {
  const sections = [
    section(
      'prevention',
      'Công tác y tế dự phòng',
      [],
      [
        section('disease', 'Dịch bệnh:', [generated('d', 'Một câu.')]),
        section('ncd', 'BKLN:', [free('ncd')]),
        section('environment', 'Môi trường:', [free('environment', 'Đã làm.')]),
      ],
    ),
    section('food-safety', 'An toàn thực phẩm:', [free('food')]),
    section('forensic', 'Giám định:', [generated('f', 'Ba ca.')], [], true),
  ];

  it('leaves out sections with nothing to say and numbers the rest without gaps', () => {
    expect(headings(doc(sections))).toEqual([
      '1. Công tác y tế dự phòng',
      '1.1. Dịch bệnh:',
      '1.2. Môi trường:',
      '2. Giám định:',
    ]);
  });

  it('keeps every section with its slots in the editor', () => {
    expect(headings(doc(sections), true)).toEqual([
      '1. Công tác y tế dự phòng',
      '1.1. Dịch bệnh:',
      '1.2. BKLN:',
      '1.3. Môi trường:',
      '2. An toàn thực phẩm:',
      '3. Giám định:',
    ]);
  });

  it('runs the first paragraph of a run-in section on the heading line', () => {
    const heading = layoutBody(doc(sections)).find((p) => p.section === 'forensic')!;
    expect(heading.runs.map((r) => r.text).join('')).toBe('2. Giám định: Ba ca.');
    expect(heading.blockId).toBe('f');
  });

  it('numbers the plan and ends the last task with "./."', () => {
    const plan = layoutBody(doc([], ['Việc một;', 'Việc hai./.'])).filter((p) => p.role === 'plan-item');
    expect(plan.map((p) => p.runs[0]!.text)).toEqual(['1. Việc một.', '2. Việc hai./.']);
  });
});
