/** Border-entry health screening (`kiểm dịch y tế`): people checked in the month and group A cases found among them. */
import { formatCount } from '../../../vi/number.ts';
import type { GeneratedBlock } from '../../model.ts';
import type { WriterContext } from '../context.ts';
import { asBullet, clause, sentenceOf } from './clauses.ts';
import { counted } from './disease-figures.ts';

const CHECKED = 'KDYT_CHECKED';
const SUSPECTED = 'KDYT_SUSPECTED';

const NONE_FOUND =
  'Qua kiểm tra không phát hiện trường hợp nào mắc bệnh, nghi ngờ mắc bệnh thuộc nhóm A theo Luật phòng chống bệnh ' +
  'truyền nhiễm và các bệnh nguy hiểm gây dịch mới phát sinh theo quy định của Bộ Y tế';

/** The screening bullet (`disease.border`), or null when no one was checked and nothing found. */
export function borderScreeningBlock(ctx: WriterContext): GeneratedBlock | null {
  const checked = counted(ctx, CHECKED, 'month');
  const suspected = counted(ctx, SUSPECTED, 'month');
  if (checked.value === 0 && suspected.value === 0) return null;
  const total = clause(
    `Tổng số công dân nhập cảnh được kiểm tra, giám sát trong ${ctx.words.within}: ${formatCount(checked.value)} người`,
    [checked.ref],
  );
  // KDYT_SUSPECTED counts group A cases and suspects only, so a finding names group A and nothing wider.
  const found =
    suspected.value === 0
      ? clause(NONE_FOUND, [suspected.ref])
      : clause(
          `Qua kiểm tra phát hiện ${formatCount(suspected.value)} trường hợp mắc bệnh, nghi ngờ mắc bệnh thuộc nhóm A theo Luật phòng chống bệnh truyền nhiễm`,
          [suspected.ref],
        );
  // "Nothing found" would speak for units whose form is missing.
  const findings = suspected.value === 0 && ctx.incomplete ? [] : [sentenceOf([found])];
  return {
    kind: 'generated',
    id: 'disease.border',
    sentences: asBullet(null, [sentenceOf([total]), ...findings]),
  };
}
