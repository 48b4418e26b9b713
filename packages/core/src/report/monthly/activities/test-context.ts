/** Test support: a writer context over a small table of figures, and readers of what the writers produced. */
import type { ReportFigures } from '../../figures.ts';
import type { MonthlyReportInput } from '../../input.ts';
import type { Block, FigureSpan, Sentence } from '../../model.ts';
import { writerContext, type WriterContext } from '../context.ts';

/** Item → span → value; anything absent reads as nothing stored. */
export type FigureTable = Record<string, Partial<Record<FigureSpan, number>>>;

/** Figures read straight from the table (indicators are entries like any other item). */
export function tableFigures(table: FigureTable, period = '202311'): ReportFigures {
  return {
    period,
    total: (item, span) => table[item]?.[span] ?? null,
    byUnit: () => new Map(),
  };
}

/** A writer context for Kon Tum in `period` over the table. */
export function fakeContext(table: FigureTable, period = '202311'): WriterContext {
  const province = { code: '62', name: 'Tỉnh Kon Tum', sortOrder: 0 };
  const input = {
    period,
    orgUnit: province,
    children: [],
    diseases: [],
    indicators: [],
    figures: tableFigures(table, period),
  };
  return writerContext({ ...input, header: {} as MonthlyReportInput['header'] });
}

/** The generated sentences of `blocks` by block id. */
export function sentencesById(blocks: readonly Block[]): Map<string, Sentence[]> {
  return new Map(blocks.flatMap((b) => (b.kind === 'generated' ? [[b.id, b.sentences] as const] : [])));
}

/** All generated sentences' texts, in order. */
export function texts(blocks: readonly Block[]): string[] {
  return [...sentencesById(blocks).values()].flat().map((s) => s.text);
}

/** The free slots of `blocks`, in order. */
export function slots(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'free' ? [b.slot] : []));
}

/**
 * Each figure of the table changed in turn by one: every sentence whose text changes must cite that figure.
 * Returns the offending `item@span: sentence` lines (empty when the writer cites what it reads).
 */
export function uncitedChanges(write: (ctx: WriterContext) => Block[], table: FigureTable): string[] {
  const before = sentencesById(write(fakeContext(table)));
  const problems: string[] = [];
  for (const [item, spans] of Object.entries(table)) {
    for (const [span, value] of Object.entries(spans) as [FigureSpan, number][]) {
      const after = sentencesById(write(fakeContext({ ...table, [item]: { ...spans, [span]: value + 1 } })));
      for (const id of new Set([...before.keys(), ...after.keys()])) {
        const [old, now] = [before.get(id) ?? [], after.get(id) ?? []];
        for (let i = 0; i < Math.max(old.length, now.length); i += 1) {
          if (old[i]?.text === now[i]?.text) continue;
          const cites = (s: Sentence | undefined) => !s || s.figures.some((f) => f.item === item && f.span === span);
          if (!cites(old[i]) || !cites(now[i])) problems.push(`${item}@${span}: ${now[i]?.text ?? old[i]?.text}`);
        }
      }
    }
  }
  return problems;
}
