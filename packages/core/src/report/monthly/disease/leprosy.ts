/** Leprosy (`Bệnh Phong`): the year counted from 01/01, the patients under management, and the Đăk Kia treatment area. */
import type { Disease } from '../../../metadata/types.ts';
import { formatCount } from '../../../vi/number.ts';
import type { PeriodWords } from '../../../vi/period-words.ts';
import type { GeneratedBlock, Sentence } from '../../model.ts';
import type { WriterContext } from '../context.ts';
import { clause, sentenceOf, type Clause } from './clauses.ts';
import { counted } from './disease-figures.ts';
import { caseSentences, diseaseBlock, hasCases } from './disease-paragraph.ts';

const MANAGED = 'PHONG_MANAGED';

/** The Đăk Kia figures in the order the report states them, each with its words. */
const DAK_KIA = [
  { item: 'PHONG_DK_MANAGED', words: (n: string) => `(là trại viên) đang quản lý ${n} người` },
  { item: 'PHONG_DK_INPATIENT_OPEN', words: (n: string) => `bệnh nhân cũ điều trị nội trú còn lại đầu tháng ${n}` },
  { item: 'PHONG_DK_VISITS', words: (n: string, w: PeriodWords) => `bệnh nhân đến khám (kê đơn) trong ${w.within} ${n}` },
  { item: 'PHONG_DK_ADMISSIONS', words: (n: string, w: PeriodWords) => `bệnh nhân nhập viện trong ${w.within} ${n}` },
  { item: 'PHONG_DK_DISCHARGES', words: (n: string, w: PeriodWords) => `bệnh nhân xuất viện trong ${w.within} ${n}` },
  { item: 'PHONG_DK_INPATIENT_CLOSE', words: (n: string) => `bệnh nhân hiện còn đang điều trị nội trú ${n}` },
] as const;

/** `Tổng số bệnh nhân phong đang quản lý đến 30/11/2023: 85 bệnh nhân.`; nothing when it was not reported. */
export function managedSentence(ctx: WriterContext): Sentence[] {
  const managed = counted(ctx, MANAGED, 'month');
  if (managed.ref.value === null) return [];
  const text = `Tổng số bệnh nhân phong đang quản lý đến ${ctx.monthEnd}: ${formatCount(managed.value)} bệnh nhân`;
  return [sentenceOf([clause(text, [managed.ref])])];
}

/** Leprosy's bullet; written when it has a case this year or patients under management to report. */
export function leprosyBlock(ctx: WriterContext, disease: Disease): GeneratedBlock | null {
  const managed = managedSentence(ctx);
  if (!hasCases(ctx, disease) && managed.length === 0) return null;
  const cases = caseSentences(ctx, disease, { fromYearStart: true });
  return diseaseBlock(`disease.${disease.code}`, disease.name, [...cases, ...managed]);
}

/**
 * The Đăk Kia paragraph (`disease.PHONG.dakkia`), a paragraph of its own without a dash as in the seed; figures
 * not reported are left out, and without any the paragraph is.
 */
export function dakKiaBlock(ctx: WriterContext, disease: Disease): GeneratedBlock | null {
  // The count at the start is a month's (its last value over a longer period would be its last month's start).
  const items = ctx.period.kind === 'monthly' ? DAK_KIA : DAK_KIA.filter((p) => p.item !== 'PHONG_DK_INPATIENT_OPEN');
  const parts: Clause[] = items.map((p) => ({ ...p, ...counted(ctx, p.item, 'month') }))
    .filter((p) => p.ref.value !== null)
    .map((p) => clause(p.words(formatCount(p.value), ctx.words), [p.ref], { joiner: '; ' }));
  if (parts.length === 0) return null;
  const opening = clause('Quản lý và điều trị bệnh nhân phong tại khu điều trị phong Đăk Kia');
  // The first figure continues the opening: `… Đăk Kia (là trại viên) đang quản lý 51 người; …`, or after a colon.
  const first = { ...parts[0]!, joiner: parts[0]!.text.startsWith('(') ? ' ' : ': ' };
  return {
    kind: 'generated',
    id: `disease.${disease.code}.dakkia`,
    sentences: [sentenceOf([opening, first, ...parts.slice(1)])],
  };
}
