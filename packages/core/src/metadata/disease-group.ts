/** A disease's legal group on a given day (groups change with the law, e.g. COVID-19 A → B). */
import type { Disease, DiseaseGroup, DiseaseGroupSpan, IsoDate } from './types.ts';

/** Whether the inclusive span covers the date; null bounds are open-ended. */
export function spanCovers(span: DiseaseGroupSpan, isoDate: IsoDate): boolean {
  return (span.validFrom === null || span.validFrom <= isoDate) && (span.validTo === null || isoDate <= span.validTo);
}

/** The group in force on `isoDate`, or null when the disease was not notifiable then. */
export function diseaseGroupOn(disease: Pick<Disease, 'groups'>, isoDate: IsoDate): DiseaseGroup | null {
  return disease.groups.find((span) => spanCovers(span, isoDate))?.group ?? null;
}

/** Whether a case must be reported within 24 h on `isoDate`: a group A disease then, or one the metadata marks immediate. */
export function isImmediateOn(disease: Pick<Disease, 'groups' | 'immediate'>, isoDate: IsoDate): boolean {
  return disease.immediate || diseaseGroupOn(disease, isoDate) === 'A';
}
