import { describe, expect, it } from 'vitest';
import type { GeneratedBlock, Section } from '../../model.ts';
import { writeMonthlyReport } from '../write-monthly-report.ts';
import { compareSentences, formatDiff, splitSentences } from './compare-sentences.ts';
import { demoFigureRows, KONTUM_DISTRICTS, kontumReportInput } from './seed-001-input.ts';
import { SECTION_1_1_BLOCK_IDS, SECTION_1_1_EXPECTED } from './section-1-1.expected.ts';

// The demo's rows are drawn once; the report is written inside each test, which mutation testing needs to see.
const rows = demoFigureRows('202311');

/** Section 1.1 written from the rows: the section, its generated blocks and their sentences. */
function written() {
  const section: Section = writeMonthlyReport(kontumReportInput('202311', rows)).results.sections[0]!.children[0]!;
  const blocks = section.blocks.filter((b): b is GeneratedBlock => b.kind === 'generated');
  // Body text as printed without footnotes: the seed lost its footnote markers in extraction.
  const generated = blocks.flatMap((b) => splitSentences(b.sentences.map((s) => s.text).join(' ')));
  return { section, blocks, generated };
}

/** Parses `thành phố Kon Tum 50, Ngọc Hồi 20` into its counts. */
const countsOf = (list: string) =>
  list.split(', ').map((part) => Number(part.slice(part.lastIndexOf(' ') + 1).replaceAll('.', '')));

describe('section 1.1 against seed 001', () => {
  it('is the disease section of November 2023', () => {
    const { section } = written();
    expect(section.key).toBe('disease');
    expect(section.title).toBe('Tình hình dịch bệnh tháng 11 năm 2023:');
  });

  it('writes every expected sentence verbatim', () => {
    const { generated } = written();
    const diff = compareSentences(SECTION_1_1_EXPECTED, generated);
    expect(diff.missing, `\n${formatDiff(diff)}`).toEqual([]);
  });

  it('writes no sentence beyond the expected ones', () => {
    const { generated } = written();
    const expected = new Set(SECTION_1_1_EXPECTED);
    expect(generated.filter((s) => !expected.has(s))).toEqual([]);
    expect(generated).toHaveLength(SECTION_1_1_EXPECTED.length);
  });

  it('has its blocks in order with stable ids', () => {
    const { blocks } = written();
    expect(blocks.map((b) => b.id)).toEqual(SECTION_1_1_BLOCK_IDS);
  });

  it('puts the long year-to-date breakdowns in footnotes whose counts add up to the stated totals', () => {
    const { blocks } = written();
    const noted: string[] = [];
    for (const block of blocks) {
      for (const s of block.sentences) {
        for (const note of s.footnotes ?? []) {
          const stated = /(\d[\d.]*) (?:ca mắc|ổ dịch)$/u.exec(s.text.slice(0, note.at));
          expect(stated, s.text).not.toBeNull();
          const total = Number(stated![1]!.replaceAll('.', ''));
          expect(countsOf(note.text).reduce((a, b) => a + b, 0)).toBe(total);
          expect(s.figures.some((f) => f.span === 'yearToDate' && f.orgUnit === undefined && f.value === total)).toBe(
            true,
          );
          noted.push(`${block.id}:${total}`);
        }
      }
    }
    expect(noted).toEqual([
      'disease.COVID19:139',
      'disease.TCM:142',
      'disease.THUYDAU:153',
      'disease.QUAIBI:41',
      'disease.SXHD:158',
      'disease.SXHD:422',
      'disease.LAO:467',
    ]);
  });

  it('cites a figure for every district it names, and names every district it cites', () => {
    const { blocks } = written();
    let named = 0;
    for (const block of blocks) {
      for (const s of block.sentences) {
        const written = [s.text, ...(s.footnotes ?? []).map((n) => n.text)].join(' ');
        const names = KONTUM_DISTRICTS.filter((d) => written.includes(d.sentenceName ?? d.name)).map((d) => d.code);
        const districtRefs = s.figures.filter((f) => f.orgUnit !== undefined);
        for (const ref of districtRefs) expect(ref.value, `${block.id} ${ref.item} ${ref.orgUnit}`).toBeGreaterThan(0);
        expect(new Set(districtRefs.map((f) => f.orgUnit)), `${block.id}: ${s.text}`).toEqual(new Set(names));
        named += names.length;
      }
    }
    expect(named).toBeGreaterThan(0);
    const tcm = blocks.find((b) => b.id === 'disease.TCM')!.sentences[0]!;
    expect(tcm.figures.filter((f) => f.orgUnit && f.span === 'month').map((f) => f.orgUnit)).toEqual([
      '611',
      '610',
      '608',
      '618',
    ]);
  });

  it('writes NFC text', () => {
    const { generated } = written();
    for (const s of generated) expect(s).toBe(s.normalize('NFC'));
  });
});
