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
  /** What is done, for whom and where; the target group is part of the campaign's definition, not of the data. */
  subject: string;
  /** The noun after the counts: `trẻ`, `đối tượng`. */
  unit: string;
}

/** The campaigns of the default package, in the report's order. */
export const CAMPAIGNS: readonly Campaign[] = [
  {
    id: 'immunisation.ipv',
    prefix: 'TC_IPV_BS',
    subject:
      'tiêm bổ sung vắc xin bại liệt (IPV) cho trẻ sinh năm 2021-2022 chưa được tiêm/tiêm chưa đủ 02 mũi vắc xin bại liệt trên địa bàn toàn tỉnh',
    unit: 'trẻ',
  },
  {
    id: 'immunisation.tetanus',
    prefix: 'TC_UV_PN',
    subject: 'tiêm bổ sung vắc xin uốn ván cho phụ nữ tuổi sinh đẻ vùng nguy cơ cao trên địa bàn toàn tỉnh',
    unit: 'đối tượng',
  },
];

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
  const text = `- ${verb} ${campaign.subject}, kết quả tiêm đến ${ctx.monthEnd}: ${counts}${rate}.`;
  return generatedBlock(campaign.id, [sentence(text, [...cite(now), before.done])]);
}
