/**
 * The year's estimate in the annual review written before December's figures are in: for each field's headline
 * counts (cases, visits, inpatients, …) `Ước thực hiện cả năm 2023: …`, estimated as the targets table estimates
 * (`estimateYear`), the method noted once in the document.
 */
import { estimateYear, type YearEstimate } from '../../targets/estimate.ts';
import { ESTIMATE_METHOD_NOTES, HEADLINE_NOUNS, yearEstimateLead } from '../../vi/estimate-words.ts';
import { formatCount } from '../../vi/number.ts';
import type { Block, Footnote, Section, Sentence } from '../model.ts';
import { figureRef, type WriterContext } from '../monthly/context.ts';

/** The headline counts of each field (section key) whose year is estimated, in the order they are written. */
export const HEADLINE_COUNTS: Readonly<Record<string, readonly string[]>> = {
  hiv: ['HIV_NEW'],
  'food-safety': ['ATTP_INSPECTED', 'ATTP_POISONING_CASES'],
  'medical-services': ['KCB_VISITS', 'KCB_INPATIENTS'],
  population: ['DS_PILLS', 'DS_IUD'],
  forensic: ['GD_PY_AUTOPSY', 'GD_PY_INJURY', 'GD_YK'],
  'drug-testing': ['KN_SAMPLES_TESTED'],
};

/**
 * Whether the section estimates the year: an annual review whose figures stop before December, with every form of
 * the months counted in (an estimate from a part of the units would extrapolate the gap).
 */
export function writesYearEstimate(ctx: WriterContext): boolean {
  return ctx.period.kind === 'annual' && ctx.through < 12 && !ctx.incomplete;
}

/**
 * An item's year estimated from its months January…the last counted one and last year's twelve. A counted month
 * with nothing stored is a zero (a sent form keeps no row for one); null when nothing at all was stored this year.
 */
export function itemYearEstimate(ctx: WriterContext, item: string): YearEstimate | null {
  const months = ctx.figures.monthTotals?.(item, ctx.year).slice(0, ctx.through);
  if (!months || months.every((v) => v === null)) return null;
  const lastYear = ctx.figures.monthTotals!(item, ctx.year - 1);
  return estimateYear({ kind: 'flow', thisYear: months.map((v) => v ?? 0), lastYear });
}

/**
 * `Ước thực hiện cả năm 2023: 1.100.363 lượt khám bệnh, chữa bệnh; 91.172 lượt điều trị nội trú.` with its method's
 * note at the end, or after each figure when the figures were estimated differently; null when nothing is estimated.
 * The sentence cites the figures to date it rests on.
 */
export function yearEstimateSentence(ctx: WriterContext, items: readonly { item: string; noun: string }[]): Sentence | null {
  if (!writesYearEstimate(ctx)) return null;
  const parts = items.flatMap(({ item, noun }) => {
    const estimate = itemYearEstimate(ctx, item);
    if (!estimate || estimate.method === 'LEVEL_TO_DATE') return [];
    return [{ text: `${formatCount(Math.round(estimate.value))} ${noun}`, note: ESTIMATE_METHOD_NOTES[estimate.method], ref: figureRef(ctx, item, 'month') }];
  });
  if (parts.length === 0) return null;
  const oneMethod = parts.every((p) => p.note === parts[0]!.note);
  let text = yearEstimateLead(ctx.year);
  const footnotes: Footnote[] = [];
  parts.forEach((p, i) => {
    text += `${i > 0 ? '; ' : ''}${p.text}`;
    if (!oneMethod) footnotes.push({ at: text.length, text: p.note });
  });
  if (oneMethod) footnotes.push({ at: text.length, text: parts[0]!.note });
  return { text: `${text}.`, figures: parts.map((p) => p.ref), footnotes };
}

/** The field's estimate as a block `<key>.estimate` right after its figures; the blocks unchanged without one. */
export function withYearEstimate(ctx: WriterContext, key: string, blocks: Block[]): Block[] {
  const items = (HEADLINE_COUNTS[key] ?? []).map((item) => ({ item, noun: HEADLINE_NOUNS[item]! }));
  const estimate = items.length > 0 ? yearEstimateSentence(ctx, items) : null;
  if (!estimate) return blocks;
  const at = blocks.findLastIndex((b) => b.kind === 'generated') + 1;
  const block: Block = { kind: 'generated', id: `${key}.estimate`, sentences: [estimate] };
  return [...blocks.slice(0, at), block, ...blocks.slice(at)];
}

const METHOD_NOTES = new Set<string>(Object.values(ESTIMATE_METHOD_NOTES));

/**
 * The method stated once: when every estimate of the document was made one way, its note stays on the first and
 * is dropped from the others. When the methods differ, each estimate keeps its own note, or a reader could not
 * tell which applies.
 */
export function noteMethodsOnce(sections: Section[]): Section[] {
  const used = new Set(allSentences(sections).flatMap((s) => (s.footnotes ?? []).map((f) => f.text).filter((t) => METHOD_NOTES.has(t))));
  if (used.size > 1) return sections;
  const seen = new Set<string>();
  const once = (sentence: Sentence): Sentence => {
    if (!sentence.footnotes) return sentence;
    const kept = sentence.footnotes.filter((f) => !METHOD_NOTES.has(f.text) || (!seen.has(f.text) && seen.add(f.text)));
    if (kept.length === sentence.footnotes.length) return sentence;
    const { footnotes: _dropped, ...rest } = sentence;
    return kept.length > 0 ? { ...rest, footnotes: kept } : rest;
  };
  const walk = (section: Section): Section => ({
    ...section,
    blocks: section.blocks.map((b) => (b.kind === 'generated' ? { ...b, sentences: b.sentences.map(once) } : b)),
    children: section.children.map(walk),
  });
  return sections.map(walk);
}

function allSentences(sections: readonly Section[]): Sentence[] {
  return sections.flatMap((s) => [
    ...s.blocks.flatMap((b) => (b.kind === 'generated' ? b.sentences : [])),
    ...allSentences(s.children),
  ]);
}
