/** Section 1.2's supplementary immunisation campaigns: `… kết quả tiêm đến 30/11/2023: 7.916/9.890 trẻ, tỷ lệ 80%.` */
import { formatCount, formatPercent } from '../../../vi/number.ts';
import type { GeneratedBlock } from '../../model.ts';
import { sentence, type WriterContext } from '../context.ts';
import { cite, decimalsOf, generatedBlock, readFigures } from './read.ts';

/** A campaign the package counts with `{prefix}_DONE`, `{prefix}_TARGET` and `{prefix}_COVERAGE`. */
export interface Campaign {
  /** The block id: `immunisation.ipv`. */
  id: string;
  prefix: string;
  /** What is done: `tiêm bổ sung vắc xin bại liệt (IPV)`. Whom it is for is the coverage indicator's `targetGroup`. */
  vaccination: string;
  /** The noun after the counts: `trẻ`, `đối tượng`. */
  unit: string;
}

/** The campaigns of the default package, in the report's order. */
export const CAMPAIGNS: readonly Campaign[] = [
  { id: 'immunisation.ipv', prefix: 'TC_IPV_BS', vaccination: 'tiêm bổ sung vắc xin bại liệt (IPV)', unit: 'trẻ' },
  { id: 'immunisation.tetanus', prefix: 'TC_UV_PN', vaccination: 'tiêm bổ sung vắc xin uốn ván', unit: 'đối tượng' },
];

/**
 * `tiêm bổ sung vắc xin bại liệt (IPV) cho trẻ sinh năm 2021-2022 … trên địa bàn toàn tỉnh`: the target group (a
 * cohort changes with each campaign) comes from the package's coverage indicator; without one, the campaign alone.
 */
function campaignSubject(ctx: WriterContext, campaign: Campaign): string {
  const group = ctx.input.indicators.find((i) => i.code === `${campaign.prefix}_COVERAGE`)?.targetGroup?.trim();
  return `${campaign.vaccination}${group ? ` cho ${group}` : ''} trên địa bàn toàn tỉnh`;
}

/** The campaign's paragraph, written only when its target is stored and above 0 (the campaign is running). */
export function campaignBlock(ctx: WriterContext, campaign: Campaign): GeneratedBlock[] {
  const { prefix } = campaign;
  const now = readFigures(ctx, { done: `${prefix}_DONE`, target: `${prefix}_TARGET`, coverage: `${prefix}_COVERAGE` });
  const before = readFigures(ctx, { done: `${prefix}_DONE` }, 'previousMonth');
  const target = now.target.value;
  if (target === null || target <= 0 || now.done.value === null) return [];
  // Doses given before this month mean the campaign started earlier: the officer writes "Tiếp tục triển khai".
  const verb = (before.done.value ?? 0) > 0 ? 'Tiếp tục triển khai' : 'Triển khai';
  const coverage = now.coverage.value;
  const rate = coverage === null ? '' : `, tỷ lệ ${formatPercent(coverage, decimalsOf(ctx, now.coverage.item, 1))}`;
  const counts = `${formatCount(now.done.value)}/${formatCount(target)} ${campaign.unit}`;
  const text = `- ${verb} ${campaignSubject(ctx, campaign)}, kết quả tiêm đến ${ctx.monthEnd}: ${counts}${rate}.`;
  return generatedBlock(campaign.id, [sentence(text, [...cite(now), before.done])]);
}
