/** Section 1.3 (Phòng chống HIV/AIDS): the month, the cumulative register and treatment, then staff's text. */
import { formatCount } from '../../../vi/number.ts';
import type { Block, GeneratedBlock, Sentence } from '../../model.ts';
import { sentence, type WriterContext } from '../context.ts';
import { freeSlot } from '../free-slot.ts';
import { planShareSuffix } from '../plan-share.ts';
import { hivRegisterBlock } from './hiv-register.ts';
import { anyStored, cite, countOf, generatedBlock, readFigures } from './read.ts';

const MONTH_ITEMS = { newCases: 'HIV_NEW', deaths: 'HIV_DEATHS', transfers: 'HIV_TRANSFER_IN' } as const;
// A register or treatment figure alone is enough for the section to be reported.
const REGISTER_ITEMS = { total: 'HIV_REG_TOTAL', arv: 'HIV_ARV', inh: 'HIV_INH' } as const;

/** Section 1.3's paragraphs; nothing generated when no HIV figure is stored for the month. */
export function hivBlocks(ctx: WriterContext): Block[] {
  const month = readFigures(ctx, MONTH_ITEMS);
  const register = readFigures(ctx, REGISTER_ITEMS);
  if (!anyStored(month) && !anyStored(register)) return [freeSlot('hiv')];
  return [...hivMonthBlock(ctx), ...hivRegisterBlock(ctx), ...hivTreatmentBlock(ctx), freeSlot('hiv')];
}

/** `- Tình hình HIV/AIDS trong tháng 11/2023: Không ghi nhận người nhiễm HIV mới, bệnh nhân tử vong 01 người, …` */
function hivMonthBlock(ctx: WriterContext): GeneratedBlock[] {
  const f = readFigures(ctx, MONTH_ITEMS);
  const [cases, deaths, transfers] = [countOf(f.newCases), countOf(f.deaths), countOf(f.transfers)];
  const transferred = 'bệnh nhân HIV từ nơi khác chuyển về tiếp tục điều trị ARV';
  const clauses = [
    cases > 0 ? `Ghi nhận ${formatCount(cases)} người nhiễm HIV mới` : 'Không ghi nhận người nhiễm HIV mới',
    deaths > 0 ? `bệnh nhân tử vong ${formatCount(deaths)} người` : 'không có bệnh nhân tử vong',
    transfers > 0 ? `${transferred} ${formatCount(transfers)} người` : `không có ${transferred}`,
  ];
  const text = `- Tình hình HIV/AIDS trong ${ctx.words.reference}: ${clauses.join(', ')}.`;
  return generatedBlock('hiv.month', [sentence(text, cite(f))]);
}

/** `- Công tác điều trị ARV: Tổng số bệnh nhân HIV/AIDS điều trị ARV đến 30/11/2023: 189 bệnh nhân (có 08 trẻ em). …` */
function hivTreatmentBlock(ctx: WriterContext): GeneratedBlock[] {
  const f = readFigures(ctx, { arv: 'HIV_ARV', children: 'HIV_ARV_CHILDREN', inh: 'HIV_INH' });
  const [arv, children, inh] = [countOf(f.arv), countOf(f.children), countOf(f.inh)];
  const sentences: Sentence[] = [];
  if (arv > 0) {
    const ofChildren = children > 0 ? ` (có ${formatCount(children)} trẻ em)` : '';
    const text = `Tổng số bệnh nhân HIV/AIDS điều trị ARV đến ${ctx.monthEnd}: ${formatCount(arv)} bệnh nhân${ofChildren}${planShareSuffix(ctx, f.arv)}.`;
    sentences.push(sentence(text, [f.arv, f.children]));
  }
  if (inh > 0) {
    const text = `Tổng số bệnh nhân điều trị dự phòng Lao bằng Isoniazid (INH): ${formatCount(inh)} bệnh nhân.`;
    sentences.push(sentence(text, [f.inh]));
  }
  // The paragraph's lead-in belongs to whichever sentence comes first.
  if (sentences[0]) sentences[0] = { ...sentences[0], text: `- Công tác điều trị ARV: ${sentences[0].text}` };
  return generatedBlock('hiv.arv', sentences);
}
