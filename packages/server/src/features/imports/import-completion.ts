import type { ImportConflict } from '@syt/core/api/contract.ts';
import type { AdxGroupHeader } from '@syt/core/interchange/index.ts';
import type { Executor } from '../metadata/upsert.ts';
import type { IdentifierTranslator } from './id-translation.ts';
import type { ResolvedRow } from './import-check.ts';
import { findDataSet } from './import-context.repository.ts';
import type { EffectiveOptions } from './import-options.ts';
import type { FilledForm } from './import-submit.service.ts';
import { importMessages as m } from './import.messages.ts';

/** The completions a file asks for (DHIS2's `dataSet` + `completeDate`, ADX's `dataSetComplete`). */
export interface Completion {
  /** The header's data set and date: its form is completed at every org unit × period of the file's values. */
  header: { code: string; name: string; at: string } | undefined;
  /** ADX groups: each completes its own org unit × period. */
  groups: FilledForm[];
}

/** What the completion needs beside the options: the ADX groups, identifiers, unit ids and the time now. */
export interface CompletionInput {
  groups: AdxGroupHeader[] | undefined;
  translate: IdentifierTranslator;
  unitIds: Map<string, number>;
  now: string;
}

const refuse = (field: string, code: string | null, reason: string): ImportConflict => ({ index: null, location: null, code, field, reason });

/**
 * The completions the file asks for, or why the whole file is refused: an unknown data set (DHIS2 refuses it too), or
 * a completion date without a data set to complete. The date is kept as the form's submission date; the workflow
 * event records who imported it and when. ADX `dataSetComplete="true"` completes the group's form now.
 */
export async function completionOf(db: Executor, options: EffectiveOptions, input: CompletionInput): Promise<Completion | ImportConflict> {
  const dataSet = (id: string) => findDataSet(db, options.schemes.dataSet, id);
  let header: Completion['header'];
  if (options.dataSet !== undefined) {
    const found = await dataSet(options.dataSet);
    if (!found) return refuse('dataSet', options.dataSet, m.unknownDataSet(options.dataSet));
    if (options.completeDate !== undefined) header = { code: found.code, name: found.name, at: options.completeDate };
  } else if (options.completeDate !== undefined) {
    return refuse('completeDate', null, m.completeWithoutDataSet);
  }
  const groups: FilledForm[] = [];
  for (const g of input.groups ?? []) {
    const at = g.completeDate ?? (g.dataSetComplete ? input.now : undefined);
    if (g.dataSet === undefined || at === undefined) continue;
    const found = await dataSet(g.dataSet);
    if (!found) return refuse('dataSet', g.dataSet, m.unknownDataSet(g.dataSet));
    const code = input.translate.orgUnit(g.orgUnit);
    const orgUnitId = code === undefined ? undefined : input.unitIds.get(code);
    // An unknown unit: the group's values are refused with it, naming it.
    if (orgUnitId !== undefined) groups.push({ dataSet: found.code, dataSetName: found.name, orgUnitId, period: g.period, submittedAt: at });
  }
  return { header, groups };
}

/** The forms the completions complete: the header's at every org unit × period of the values, then the groups'. */
export function completionForms(completion: Completion, rows: ResolvedRow[]): FilledForm[] {
  const { header } = completion;
  const forms: FilledForm[] = [];
  if (header) {
    const seen = new Set<string>();
    for (const r of rows) {
      const key = `${r.org_unit_id}|${r.period}`;
      if (seen.has(key)) continue;
      seen.add(key);
      forms.push({ dataSet: header.code, dataSetName: header.name, orgUnitId: r.org_unit_id, period: r.period, submittedAt: header.at });
    }
  }
  return [...forms, ...completion.groups];
}

/** Both lists of forms, each form once (the first wins), in order. */
export function mergeForms(a: FilledForm[], b: FilledForm[]): FilledForm[] {
  const forms = new Map<string, FilledForm>();
  for (const f of [...a, ...b]) {
    const key = `${f.dataSet}|${f.orgUnitId}|${f.period}`;
    if (!forms.has(key)) forms.set(key, f);
  }
  return [...forms.values()];
}
