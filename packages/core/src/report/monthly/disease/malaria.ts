/** Malaria: severe cases (`sốt rét ác tính`) and imported cases (`ca mắc ngoại lai`) in the year-to-date sentence. */
import type { Disease } from '../../../metadata/types.ts';
import { formatCount } from '../../../vi/number.ts';
import type { GeneratedBlock } from '../../model.ts';
import type { WriterContext } from '../context.ts';
import { yearToDateFound, type CountWords } from './case-clauses.ts';
import { clause, silent, type Clause } from './clauses.ts';
import { counted } from './disease-figures.ts';
import { caseSentences, diseaseBlock, hasCases } from './disease-paragraph.ts';

export const MALARIA_SEVERE = 'SOTRET_SEVERE';
export const MALARIA_IMPORTED = 'SOTRET_IMPORTED';

const IMPORTED: CountWords = { noun: 'ca mắc ngoại lai', unit: 'ca' };

/** `không có ca mắc sốt rét ác tính` / `có 01 ca mắc sốt rét ác tính`: always stated, it is what malaria control watches. */
export function severeCases(ctx: WriterContext): Clause {
  const severe = counted(ctx, MALARIA_SEVERE, 'yearToDate');
  if (severe.value === 0 && ctx.incomplete) return silent([severe.ref]);
  const text =
    severe.value === 0 ? 'không có ca mắc sốt rét ác tính' : `có ${formatCount(severe.value)} ca mắc sốt rét ác tính`;
  return clause(text, [severe.ref]);
}

/**
 * When every case of the year was imported the count is written as such (`ghi nhận 02 ca mắc ngoại lai (Đăk Hà)`,
 * the districts of the imported cases); when only some were, they follow the comparison (`; trong đó có 02 ca mắc
 * ngoại lai`); none imported says nothing.
 */
function importedClauses(ctx: WriterContext, disease: Disease): { found?: Clause; after: Clause[] } {
  const cases = counted(ctx, disease.casesElement, 'yearToDate');
  const imported = counted(ctx, MALARIA_IMPORTED, 'yearToDate');
  if (imported.value === 0) return { after: [] };
  if (imported.value === cases.value) {
    const found = yearToDateFound(ctx, MALARIA_IMPORTED, IMPORTED);
    return { found: { ...found, figures: [cases.ref, ...found.figures] }, after: [] };
  }
  const text = `trong đó có ${formatCount(imported.value)} ca mắc ngoại lai`;
  return { after: [clause(text, [imported.ref], { joiner: '; ' })] };
}

/** Malaria's bullet, or null without a case this month or year. */
export function malariaBlock(ctx: WriterContext, disease: Disease): GeneratedBlock | null {
  if (!hasCases(ctx, disease)) return null;
  const cases = caseSentences(ctx, disease, { afterDeaths: [severeCases(ctx)], ...importedClauses(ctx, disease) });
  return diseaseBlock(`disease.${disease.code}`, disease.name, cases);
}
