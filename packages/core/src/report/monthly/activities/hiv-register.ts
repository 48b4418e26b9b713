/** Section 1.3's cumulative register: everyone ever diagnosed in the province, deaths, living, AIDS stage. */
import { formatCount } from '../../../vi/number.ts';
import type { GeneratedBlock } from '../../model.ts';
import { sentence, type WriterContext } from '../context.ts';
import { countOf, generatedBlock, readFigures } from './read.ts';

/**
 * `- Tình hình dịch HIV/AIDS lũy tích tính đến ngày 30/11/2023: Tổng số lũy tích người nhiễm HIV/AIDS: 583 người.
 * Trong đó: Tử vong do HIV/AIDS 209; số người nhiễm HIV/AIDS còn sống trên báo cáo 374 (…); …` — only with a register.
 */
export function hivRegisterBlock(ctx: WriterContext): GeneratedBlock[] {
  const f = readFigures(ctx, {
    total: 'HIV_REG_TOTAL',
    deaths: 'HIV_REG_DEATHS',
    living: 'HIV_REG_LIVING',
    reached: 'HIV_REG_REACHED',
    aids: 'HIV_REG_AIDS',
    aidsLiving: 'HIV_REG_AIDS_LIVING',
  });
  if (countOf(f.total) <= 0) return [];
  const lead = `- Tình hình dịch HIV/AIDS lũy tích tính đến ngày ${ctx.monthEnd}: `;
  const first = sentence(`${lead}Tổng số lũy tích người nhiễm HIV/AIDS: ${formatCount(countOf(f.total))} người.`, [
    f.total,
  ]);
  const c = (ref: keyof typeof f) => formatCount(countOf(f[ref]));
  // Living comes from the HIV_REG_LIVING indicator (total − deaths), so the package owns that arithmetic.
  const reached = `đang quản lý và tiếp cận được ${c('reached')}`;
  const living =
    f.living.value === null
      ? `số người ${reached}`
      : `số người nhiễm HIV/AIDS còn sống trên báo cáo ${c('living')} (${reached})`;
  const text =
    `Trong đó: Tử vong do HIV/AIDS ${c('deaths')}; ${living}; ` +
    `số người nhiễm HIV chuyển sang giai đoạn AIDS ${c('aids')}, trong đó số mắc AIDS còn sống ${c('aidsLiving')}.`;
  const second = sentence(text, [f.deaths, f.living, f.reached, f.aids, f.aidsLiving]);
  return generatedBlock('hiv.register', [first, second]);
}
