/** Section 5 (Công tác giám định): forensic examinations on request by kind, and medical assessments. */
import { formatCount } from '../../../vi/number.ts';
import type { Block, FigureRef, Sentence } from '../../model.ts';
import { sentence, type WriterContext } from '../context.ts';
import { freeSlot } from '../free-slot.ts';
import { anyStored, cite, countOf, generatedBlock, readFigures } from './read.ts';
import { joinWithAnd } from './words.ts';

const KINDS = {
  autopsy: 'GD_PY_AUTOPSY',
  injury: 'GD_PY_INJURY',
  sexualAbuse: 'GD_PY_SEXUAL_ABUSE',
} as const;

const KIND_NAMES: Record<keyof typeof KINDS, string> = {
  autopsy: 'giám định tử thi',
  injury: 'giám định thương tích',
  sexualAbuse: 'giám định trẻ nghi ngờ hoặc bị xâm hại tình dục',
};

/** Section 5's paragraphs; nothing generated when no examination figure is stored. */
export function forensicBlocks(ctx: WriterContext): Block[] {
  const kinds = readFigures(ctx, KINDS);
  const assessments = readFigures(ctx, { assessments: 'GD_YK' });
  if (!anyStored(kinds) && !anyStored(assessments)) return [freeSlot('forensic')];
  // Zero is written in words, as the report writes zero cases elsewhere (the seed's bare "0" is neither "00" nor words).
  const yk = countOf(assessments.assessments);
  const ykText = `Khám giám định y khoa: ${yk > 0 ? `${formatCount(yk)} ca` : 'không có'}.`;
  const sentences = [forensicSentence(kinds), sentence(ykText, cite(assessments))];
  return [...generatedBlock('forensic.figures', sentences), freeSlot('forensic')];
}

/** `Khám giám định pháp y theo trưng cầu: 34 ca, trong đó: 06 ca giám định tử thi, 22 ca … và 06 ca …`. */
function forensicSentence(kinds: Record<keyof typeof KINDS, FigureRef>): Sentence {
  const keys = Object.keys(KINDS) as (keyof typeof KINDS)[];
  const stated = keys.filter((k) => countOf(kinds[k]) > 0);
  const total = keys.reduce((sum, k) => sum + countOf(kinds[k]), 0);
  const lead = 'Khám giám định pháp y theo trưng cầu:';
  const parts = stated.map((k) => `${formatCount(countOf(kinds[k]))} ca ${KIND_NAMES[k]}`);
  let text: string;
  if (total === 0) text = `${lead} không có.`;
  // A single kind is the whole total: a "trong đó" would only repeat it.
  else if (parts.length === 1) text = `${lead} ${parts[0]}.`;
  else text = `${lead} ${formatCount(total)} ca, trong đó: ${joinWithAnd(parts)}.`;
  return sentence(text, cite(kinds));
}
