/** The watch list: `Trong 11 tháng đầu năm 2023, không ghi nhận mắc mới các bệnh: …` (watched diseases with no case). */
import type { Disease } from '../../../metadata/types.ts';
import { monthInWords } from '../../../vi/date-words.ts';
import type { GeneratedBlock } from '../../model.ts';
import { figureRef, type WriterContext } from '../context.ts';
import { asBullet, clause, sentenceOf } from './clauses.ts';
import { count } from './disease-figures.ts';

/**
 * The months so far: `Trong 11 tháng đầu năm 2023`. January has one month, so `Trong tháng 01 năm 2024`; December
 * covers the whole year, so `Trong năm 2023`. A number of months is not a count of cases: it is written plain, as in
 * `6 tháng đầu năm`.
 */
export function yearSoFarWords(year: number, month: number): string {
  if (month === 1) return `Trong ${monthInWords(year, month)}`;
  if (month === 12) return `Trong năm ${year}`;
  return `Trong ${month} tháng đầu năm ${year}`;
}

/** The watched diseases, in watch order. */
export function watchedDiseases(diseases: readonly Disease[]): Disease[] {
  return diseases.filter((d) => d.watchOrder !== null).sort((a, b) => a.watchOrder! - b.watchOrder!);
}

/**
 * The watch-list bullet (`disease.watch`): every watched disease without a case this year (one with a case has a
 * bullet of its own). The list is complete, so it ends with a full stop where the seed trailed off with `Sởi,…`.
 * The sentence cites every watched disease's year so far, since any of them getting a case changes it.
 */
export function watchListBlock(ctx: WriterContext): GeneratedBlock | null {
  // "Not recorded" would speak for units whose form is missing.
  if (ctx.incomplete) return null;
  const watched = watchedDiseases(ctx.input.diseases);
  const quiet = watched.filter((d) => count(ctx, d.casesElement, 'yearToDate') === 0);
  if (quiet.length === 0) return null;
  const refs = watched.map((d) => figureRef(ctx, d.casesElement, 'yearToDate'));
  const text = `${yearSoFarWords(ctx.year, ctx.through)}, không ghi nhận mắc mới các bệnh: ${quiet.map((d) => d.name).join(', ')}`;
  return { kind: 'generated', id: 'disease.watch', sentences: asBullet(null, [sentenceOf([clause(text, refs)])]) };
}
