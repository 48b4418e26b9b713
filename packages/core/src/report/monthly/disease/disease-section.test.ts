import { describe, expect, it } from 'vitest';
import type { ReportFigures } from '../../figures.ts';
import type { MonthlyReportInput } from '../../input.ts';
import { FIGURE_SPANS, type FigureSpan, type GeneratedBlock, type Sentence } from '../../model.ts';
import { writerContext } from '../context.ts';
import { demoFigureRows, kontumReportInput } from '../golden/seed-001-input.ts';
import { asBullet, clause, sentenceOf } from './clauses.ts';
import { diseaseBlocks } from './disease-section.ts';
import { fakeContext } from './testing/fake-figures.ts';

// The demo's rows are drawn once; the report input is built inside the tests, which mutation testing needs to see.
const rows = demoFigureRows('202311');

/** The figures with one item's span raised by one, on its first district when it has shares. */
function bumped(figures: ReportFigures, item: string, span: FigureSpan): ReportFigures {
  const hit = (i: string, s: FigureSpan) => i === item && s === span;
  return {
    period: figures.period,
    total: (i, s) => (hit(i, s) ? (figures.total(i, s) ?? 0) + 1 : figures.total(i, s)),
    byUnit: (i, s) => {
      const shares = new Map(figures.byUnit(i, s));
      if (!hit(i, s)) return shares;
      const first = shares.keys().next();
      shares.set(first.done ? '615' : first.value, (first.done ? 0 : shares.get(first.value)!) + 1);
      return shares;
    },
  };
}

const blocksOf = (input: MonthlyReportInput, figures: ReportFigures) =>
  new Map((diseaseBlocks(writerContext({ ...input, figures })) as GeneratedBlock[]).map((b) => [b.id, b.sentences]));
const cites = (s: Sentence, item: string, span: FigureSpan) =>
  s.figures.some((f) => f.item === item && f.span === span);

describe('section 1.1', () => {
  it('writes the diseases in report order, skipping those without a case', () => {
    const ctx = fakeContext([
      ['LAO_CASES', 'yearToDate', 4],
      ['TCM_CASES', 'month', 1],
      ['SOI_CASES', 'yearToDate', 2],
      ['VGB_CASES', 'yearToDateLastYear', 5],
    ]);
    expect(diseaseBlocks(ctx).map((b) => (b.kind === 'generated' ? b.id : b.slot))).toEqual([
      'disease.TCM',
      'disease.SOI',
      'disease.LAO',
      'disease.watch',
    ]);
  });

  it('writes nothing but the watch list for a month without any figure', () => {
    expect(diseaseBlocks(fakeContext([])).map((b) => (b.kind === 'generated' ? b.id : ''))).toEqual(['disease.watch']);
  });

  it('changes only the sentences that cite a changed figure', () => {
    const input = kontumReportInput('202311', rows);
    const base = blocksOf(input, input.figures);
    // Every span of every item the section reads, cited or not, and an item it does not read.
    const items = new Set([...base.values()].flat().flatMap((s) => s.figures.map((f) => f.item)));
    expect(items.size).toBeGreaterThan(30);
    const keys = [...items, 'KCB_VISITS'].flatMap((item) => FIGURE_SPANS.map((span) => `${item}@${span}`));
    for (const key of keys) {
      const [item, span] = key.split('@') as [string, FigureSpan];
      const changed = blocksOf(input, bumped(input.figures, item, span));
      for (const [id, sentences] of base) {
        const after = changed.get(id) ?? [];
        sentences.forEach((s, i) => {
          if (after[i]?.text !== s.text) expect(cites(s, item, span), `${key} changed "${s.text}"`).toBe(true);
        });
      }
    }
  });
});

describe('clauses', () => {
  it('end a sentence with one full stop and shift footnotes behind the bullet', () => {
    const s = sentenceOf([clause('ghi nhận 12 ca mắc', [], { footnote: 'Đăk Hà 12' }), clause('Sởi.')]);
    expect(s.text).toBe('ghi nhận 12 ca mắc, Sởi.');
    const [bullet] = asBullet('Quai bị', [s]);
    expect(bullet!.text.slice(0, bullet!.footnotes![0]!.at)).toBe('- Quai bị: ghi nhận 12 ca mắc');
  });
});
