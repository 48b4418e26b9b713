/** Section 2's certificates, self-declared products and district-level inspections. */
import { formatCount, formatPercent } from '../../../vi/number.ts';
import type { GeneratedBlock } from '../../model.ts';
import { sentence, type WriterContext } from '../context.ts';
import { cite, countOf, generatedBlock, readFigures } from './read.ts';
import { capitalise, joinWithAnd } from './words.ts';

/** `- Cấp 06 giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (cấp mới: 03 cơ sở, cấp lại: 03 cơ sở) và tiếp nhận bản tự công bố của 23 sản phẩm.` */
export function certificatesBlock(ctx: WriterContext): GeneratedBlock[] {
  const f = readFigures(ctx, { issued: 'ATTP_CERT_NEW', renewed: 'ATTP_CERT_RENEWED', declared: 'ATTP_SELF_DECLARED' });
  const [issued, renewed, declared] = [countOf(f.issued), countOf(f.renewed), countOf(f.declared)];
  const clauses: string[] = [];
  if (issued + renewed > 0) {
    const kinds = [
      issued > 0 ? `cấp mới: ${formatCount(issued)} cơ sở` : '',
      renewed > 0 ? `cấp lại: ${formatCount(renewed)} cơ sở` : '',
    ].filter(Boolean);
    const total = formatCount(issued + renewed);
    clauses.push(`cấp ${total} giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (${kinds.join(', ')})`);
  }
  if (declared > 0) clauses.push(`tiếp nhận bản tự công bố của ${formatCount(declared)} sản phẩm`);
  if (clauses.length === 0) return [];
  const text = `- ${capitalise(joinWithAnd(clauses))}.`;
  return generatedBlock('food-safety.certificates', [sentence(text, cite(f))]);
}

/**
 * `- Công tác kiểm tra tuyến huyện, thành phố: Tổng số cơ sở được kiểm tra 23 cơ sở, 21 cơ sở đạt chiếm tỷ lệ 91,3%.`
 * The inspection counts are the districts' (the province's own inspections carry no pass count and stay free text).
 */
export function inspectionsBlock(ctx: WriterContext): GeneratedBlock[] {
  const f = readFigures(ctx, { inspected: 'ATTP_INSPECTED', passed: 'ATTP_INSPECTED_PASSED' });
  const [inspected, passed] = [countOf(f.inspected), countOf(f.passed)];
  if (inspected <= 0) return [];
  const rate = formatPercent((passed / inspected) * 100, 1);
  const text =
    `- Công tác kiểm tra tuyến huyện, thành phố: Tổng số cơ sở được kiểm tra ${formatCount(inspected)} cơ sở, ` +
    `${formatCount(passed)} cơ sở đạt chiếm tỷ lệ ${rate}.`;
  return generatedBlock('food-safety.inspections', [sentence(text, cite(f))]);
}
