import type { ImportConflict } from '@syt/core/api/contract.ts';
import type { Executor } from '../metadata/upsert.ts';
import type { ResolvedRow } from './import-check.ts';
import { findDataSet } from './import-context.repository.ts';
import type { EffectiveOptions } from './import-options.ts';
import type { FilledForm } from './import-submit.service.ts';
import { importMessages as m } from './import.messages.ts';

/** The data set a file is reported for and the date it says the form was completed. */
export interface Completion {
  form: { code: string; name: string } | undefined;
  /** `completeDate` as the file gives it: kept as the forms' submission date (the audit event keeps the real time). */
  at: string | undefined;
}

/**
 * What the file's `dataSet` and `completeDate` ask for, or why the whole file is refused: an unknown data set (DHIS2
 * refuses the import too), or a completion date without a data set to complete.
 */
export async function completionOf(db: Executor, options: EffectiveOptions): Promise<Completion | ImportConflict> {
  const refuse = (field: string, code: string | null, reason: string): ImportConflict => ({ index: null, location: null, code, field, reason });
  if (options.dataSet === undefined) {
    return options.completeDate === undefined ? { form: undefined, at: undefined } : refuse('completeDate', null, m.completeWithoutDataSet);
  }
  const dataSet = await findDataSet(db, options.schemes.dataSet, options.dataSet);
  if (!dataSet) return refuse('dataSet', options.dataSet, m.unknownDataSet(options.dataSet));
  return { form: { code: dataSet.code, name: dataSet.name }, at: options.completeDate };
}

/** The forms a completion date completes: the data set's form at every org unit × period of the file's values. */
export function completionForms(completion: Completion, rows: ResolvedRow[]): FilledForm[] {
  const { form } = completion;
  if (!form || completion.at === undefined) return [];
  const forms = new Map<string, FilledForm>();
  for (const r of rows) {
    const key = `${r.org_unit_id}|${r.period}`;
    if (!forms.has(key)) forms.set(key, { dataSet: form.code, dataSetName: form.name, orgUnitId: r.org_unit_id, period: r.period });
  }
  return [...forms.values()];
}

/** Both lists of forms, each form once, in order. */
export function mergeForms(a: FilledForm[], b: FilledForm[]): FilledForm[] {
  const forms = new Map<string, FilledForm>();
  for (const f of [...a, ...b]) forms.set(`${f.dataSet}|${f.orgUnitId}|${f.period}`, forms.get(`${f.dataSet}|${f.orgUnitId}|${f.period}`) ?? f);
  return [...forms.values()];
}
