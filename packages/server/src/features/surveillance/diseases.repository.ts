import type { Disease, DiseaseGroup, DiseaseThresholdMethod } from '@syt/core/metadata/types.ts';
import type { Executor } from '../metadata/upsert.ts';

/** A disease as surveillance reads it: its metadata, its row id and its cases element's id. */
export interface SurveillanceDisease extends Pick<Disease, 'code' | 'name' | 'groups' | 'immediate' | 'maxIncubationDays' | 'thresholdMethod'> {
  id: number;
  casesElementId: number;
  reportOrder: number;
}

/** Every disease of the package in report order (a few dozen rows). */
export async function readSurveillanceDiseases(db: Executor): Promise<SurveillanceDisease[]> {
  const [rows, groups] = await Promise.all([
    db
      .selectFrom('disease')
      .select(['id', 'code', 'name', 'immediate', 'max_incubation_days', 'threshold_method', 'cases_element_id', 'report_order'])
      .orderBy('report_order')
      .orderBy('id')
      .execute(),
    db.selectFrom('disease_group').selectAll().orderBy('disease_id').orderBy('sort_order').execute(),
  ]);
  return rows.map((r) => ({
    id: Number(r.id),
    code: r.code,
    name: r.name,
    groups: groups
      .filter((g) => Number(g.disease_id) === Number(r.id))
      .map((g) => ({ group: g.disease_group as DiseaseGroup, validFrom: g.valid_from, validTo: g.valid_to })),
    immediate: Number(r.immediate) === 1,
    maxIncubationDays: Number(r.max_incubation_days),
    thresholdMethod: r.threshold_method as DiseaseThresholdMethod,
    casesElementId: Number(r.cases_element_id),
    reportOrder: Number(r.report_order),
  }));
}

/** One disease by code, or undefined. */
export async function findSurveillanceDisease(db: Executor, code: string): Promise<SurveillanceDisease | undefined> {
  return (await readSurveillanceDiseases(db)).find((d) => d.code === code);
}
