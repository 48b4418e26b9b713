import type { FormOutlier, OutsideBoundsValue } from '@syt/core/api/forms.ts';
import type { Period } from '@syt/core/period/index.ts';
import type { Executor } from '../metadata/upsert.ts';

/** The form's values that have min–max bounds for the period, with those bounds and their follow-up mark. */
async function boundedValues(db: Executor, unitId: number, period: Period, dataSetId: number) {
  // Bounds are drawn from monthly figures: a week's count is not judged against a month's.
  if (period.type === 'Weekly') return [];
  // A series has one pair for every month (0) or pairs by month of the year: at most one matches.
  const month = period.type === 'Monthly' ? period.index : 0;
  return db
    .selectFrom('data_value as dv')
    .innerJoin('data_value_bound as b', (j) =>
      j
        .onRef('b.data_element_id', '=', 'dv.data_element_id')
        .onRef('b.category_option_combo_id', '=', 'dv.category_option_combo_id')
        .onRef('b.org_unit_id', '=', 'dv.org_unit_id')
        .on('b.month', 'in', [0, month]),
    )
    .innerJoin('data_element as de', 'de.id', 'dv.data_element_id')
    .innerJoin('category_option_combo as coc', 'coc.id', 'dv.category_option_combo_id')
    .select(['de.code as element', 'coc.code as combo', 'dv.value', 'dv.comment', 'dv.follow_up', 'b.min_value', 'b.max_value'])
    .where('dv.org_unit_id', '=', unitId)
    .where('dv.period', '=', period.code)
    .where('dv.data_element_id', 'in', (eb) =>
      eb
        .selectFrom('data_set_section_element as l')
        .innerJoin('data_set_section as s', 's.id', 'l.section_id')
        .select('l.data_element_id')
        .where('s.data_set_id', '=', dataSetId),
    )
    .orderBy('de.id')
    .orderBy('coc.id')
    .execute();
}

const hasComment = (comment: string | null) => comment !== null && comment !== '';

/**
 * The form's values marked for follow-up as lying outside their bounds: what the entry grid flagged when each was
 * saved, so the flag (and the request for a comment) is still there after a reload. A mark staff cleared on the
 * quality page is gone here too; a value marked without bounds has no bounds to show.
 */
export async function readFormOutliers(db: Executor, unitId: number, period: Period, dataSetId: number): Promise<FormOutlier[]> {
  return (await boundedValues(db, unitId, period, dataSetId))
    .filter((r) => r.follow_up === 1)
    .map((r) => ({
      dataElement: r.element,
      categoryOptionCombo: r.combo,
      outlier: { bounds: { min: r.min_value, max: r.max_value }, followUp: true, commentRequired: !hasComment(r.comment) },
    }));
}

/** The form's values outside their bounds now, marked or not: what "Kiểm tra số liệu" lists beside the rules. */
export async function readValuesOutsideBounds(db: Executor, unitId: number, period: Period, dataSetId: number): Promise<OutsideBoundsValue[]> {
  return (await boundedValues(db, unitId, period, dataSetId)).flatMap((r) => {
    const value = Number(r.value);
    if (!Number.isFinite(value) || (value >= r.min_value && value <= r.max_value)) return [];
    return [{
      dataElement: r.element,
      categoryOptionCombo: r.combo,
      value,
      bounds: { min: r.min_value, max: r.max_value },
      comment: hasComment(r.comment) ? r.comment : null,
      followUp: r.follow_up === 1,
    }];
  });
}
