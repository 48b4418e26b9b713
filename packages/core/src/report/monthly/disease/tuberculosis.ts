/**
 * Tuberculosis (`Bệnh Lao`): deaths first in the month's sentence, the year counted from 01/01, its forms, and the
 * programme's register since 01/01/2018.
 */
import type { Disease } from '../../../metadata/types.ts';
import { formatCount } from '../../../vi/number.ts';
import type { GeneratedBlock, Sentence } from '../../model.ts';
import type { WriterContext } from '../context.ts';
import { deaths } from './case-clauses.ts';
import { clause, sentenceOf, type Clause } from './clauses.ts';
import { counted } from './disease-figures.ts';
import { caseSentences, diseaseBlock, hasCases } from './disease-paragraph.ts';

/** The forms of `LAO_CASES` (category `LAO_FORM`) in the order and wording of the report. */
const FORMS = [
  { option: 'AFB_POS', label: 'lao phổi AFB (+)' },
  { option: 'AFB_NEG', label: 'lao phổi AFB (-)' },
  { option: 'EXTRAPULM', label: 'lao ngoài phổi' },
] as const;

/** The national programme's register starts on this day; its figures are stocks (LAST) read for the month. */
const REGISTER_START = '01/01/2018';
const REGISTER_PARTS = [
  { item: 'LAO_REG_DEATHS', label: 'tử vong' },
  { item: 'LAO_REG_COMPLETED', label: 'hoàn thành điều trị' },
  { item: 'LAO_REG_ACTIVE', label: 'hiện đang được quản lý điều trị' },
] as const;
const REGISTER_CASES = 'LAO_REG_CASES';

/** `; trong đó: Lao phổi AFB (+): 350, lao phổi AFB (-): 49, lao ngoài phổi: 68` (forms with a case only). */
export function formsClause(ctx: WriterContext, disease: Disease): Clause[] {
  const forms = FORMS.map((f) => ({
    ...f,
    ...counted(ctx, `${disease.casesElement}.${f.option}`, 'yearToDate'),
  })).filter((f) => f.value > 0);
  if (forms.length === 0) return [];
  const list = forms.map((f) => `${f.label}: ${formatCount(f.value)}`).join(', ');
  const text = `trong đó: ${list.charAt(0).toLocaleUpperCase('vi')}${list.slice(1)}`;
  return [
    clause(
      text,
      forms.map((f) => f.ref),
      { joiner: '; ' },
    ),
  ];
}

/** `Lũy tích từ 01/01/2018 đến 30/11/2023, ghi nhận 2.258 ca; trong đó tử vong: 17 ca, …`; nothing without a register. */
export function registerSentence(ctx: WriterContext): Sentence[] {
  const cases = counted(ctx, REGISTER_CASES, 'month');
  if (cases.ref.value === null) return [];
  const parts = REGISTER_PARTS.map((p) => ({ ...p, ...counted(ctx, p.item, 'month') })).filter(
    (p) => p.ref.value !== null,
  );
  const breakdown = parts.map((p) => `${p.label}: ${formatCount(p.value)} ca`).join(', ');
  const clauses = [
    clause(`Lũy tích từ ${REGISTER_START} đến ${ctx.monthEnd}`),
    clause(`ghi nhận ${formatCount(cases.value)} ca`, [cases.ref]),
  ];
  if (parts.length > 0)
    clauses.push(
      clause(
        `trong đó ${breakdown}`,
        parts.map((p) => p.ref),
        { joiner: '; ' },
      ),
    );
  return [sentenceOf(clauses)];
}

/** The bullet of tuberculosis; written when it has a case this year or a register to report. */
export function tuberculosisBlock(ctx: WriterContext, disease: Disease): GeneratedBlock | null {
  const register = registerSentence(ctx);
  if (!hasCases(ctx, disease) && register.length === 0) return null;
  const lead = [deaths(ctx, disease.deathsElement, 'month')];
  const cases = caseSentences(ctx, disease, { lead, fromYearStart: true, after: formsClause(ctx, disease) });
  return diseaseBlock(`disease.${disease.code}`, disease.name, [...cases, ...register]);
}
