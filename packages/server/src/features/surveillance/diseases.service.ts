import type { SurveillanceDiseaseListView, SurveillanceDiseaseView } from '@syt/core/api/surveillance.ts';
import { vietnamDate } from '@syt/core/completeness/index.ts';
import { diseaseGroupOn, isImmediateOn } from '@syt/core/metadata/disease-group.ts';
import type { AppContext } from '../../app.ts';
import type { SurveillanceDisease } from './diseases.repository.ts';
import { readSurveillanceDiseases } from './diseases.repository.ts';
import { METHOD_LABELS } from './surveillance.messages.ts';

/** A disease with its group and immediacy on a day. */
export function presentDisease(d: SurveillanceDisease, date: string): SurveillanceDiseaseView {
  return {
    code: d.code,
    name: d.name,
    group: diseaseGroupOn(d, date),
    immediate: isImmediateOn(d, date),
    maxIncubationDays: d.maxIncubationDays,
    thresholdMethod: d.thresholdMethod,
    thresholdMethodLabel: METHOD_LABELS[d.thresholdMethod],
  };
}

/** The package's diseases with their surveillance metadata on `date` (today by default), in report order. */
export async function listSurveillanceDiseases(ctx: AppContext, date: string | undefined): Promise<SurveillanceDiseaseListView> {
  const day = date ?? vietnamDate(ctx.clock.now());
  return { items: (await readSurveillanceDiseases(ctx.db)).map((d) => presentDisease(d, day)) };
}
