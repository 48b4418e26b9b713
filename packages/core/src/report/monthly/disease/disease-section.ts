/**
 * Section 1.1 (`Tình hình dịch bệnh`): one bullet per disease with a case this month or this year in report order
 * (dengue, malaria, tuberculosis and leprosy with their own figures), the Đăk Kia paragraph after leprosy, then
 * border-entry screening and the watch list.
 */
import type { Disease } from '../../../metadata/types.ts';
import type { Block, GeneratedBlock } from '../../model.ts';
import type { WriterContext } from '../context.ts';
import { borderScreeningBlock } from './border-screening.ts';
import { dengueBlock } from './dengue.ts';
import { standardDiseaseBlock } from './disease-paragraph.ts';
import { dakKiaBlock, leprosyBlock } from './leprosy.ts';
import { malariaBlock } from './malaria.ts';
import { tuberculosisBlock } from './tuberculosis.ts';
import { watchListBlock } from './watch-list.ts';

type DiseaseWriter = (ctx: WriterContext, disease: Disease) => (GeneratedBlock | null)[];

// The diseases whose paragraphs carry figures of their own, by their stable codes (DATA_DICTIONARY.md).
const SPECIAL: Readonly<Record<string, DiseaseWriter>> = {
  SXHD: (ctx, d) => [dengueBlock(ctx, d)],
  SOTRET: (ctx, d) => [malariaBlock(ctx, d)],
  LAO: (ctx, d) => [tuberculosisBlock(ctx, d)],
  PHONG: (ctx, d) => [leprosyBlock(ctx, d), dakKiaBlock(ctx, d)],
};

/** Section 1.1's generated paragraphs, in order; paragraphs with nothing to say are left out. */
export function diseaseBlocks(ctx: WriterContext): Block[] {
  const diseases = [...ctx.input.diseases].sort((a, b) => a.reportOrder - b.reportOrder);
  const blocks = diseases.flatMap((d) => (SPECIAL[d.code] ?? ((c, x) => [standardDiseaseBlock(c, x)]))(ctx, d));
  blocks.push(borderScreeningBlock(ctx), watchListBlock(ctx));
  return blocks.filter((b): b is GeneratedBlock => b !== null);
}
