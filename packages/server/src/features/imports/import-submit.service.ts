import { IMPORT_FORMS_LISTED, type ImportConflict, type ImportSubmittedForm } from '@syt/core/api/contract.ts';
import { formatCount } from '@syt/core/vi/number.ts';
import { AppError } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { submitWithin } from '../data-entry/workflow.service.ts';
import { readPackage } from '../metadata/metadata-read.repository.ts';
import type { Executor } from '../metadata/upsert.ts';
import type { ResolvedRow } from './import-check.ts';
import { loadUnitNames } from './import-context.repository.ts';
import { importMessages as m } from './import.messages.ts';

/** Most forms one import may mark as submitted: each is validated on its own, inside the import's transaction. */
export const IMPORT_SUBMIT_MAX_FORMS = 2_000;

/** A form (data set × org unit × period) that the file fills. */
export interface FilledForm {
  dataSet: string;
  dataSetName: string;
  orgUnitId: number;
  period: string;
  /** The completion date the file gives for it (DHIS2's completeDate), kept as the submission date. */
  submittedAt?: string;
}

/** The distinct forms that the file's values fill, in file order; a row that only deletes a value fills none. */
export function filledForms(rows: ResolvedRow[]): FilledForm[] {
  const forms = new Map<string, FilledForm>();
  for (const r of rows) {
    if (r.value === null) continue;
    for (const f of r.forms) {
      const key = `${f.id}|${r.org_unit_id}|${r.period}`;
      if (!forms.has(key)) forms.set(key, { dataSet: f.code, dataSetName: f.name, orgUnitId: r.org_unit_id, period: r.period });
    }
  }
  return [...forms.values()];
}

/** A file that fills more forms than one import may submit, as the one conflict of the file; null when within. */
export function tooManyForms(forms: FilledForm[]): ImportConflict | null {
  if (forms.length <= IMPORT_SUBMIT_MAX_FORMS) return null;
  const reason = m.tooManyForms(formatCount(forms.length), formatCount(IMPORT_SUBMIT_MAX_FORMS));
  return { index: null, location: null, code: null, field: 'submit', reason };
}

/**
 * Submits each form as the importer, with a web submission's checks, inside the import's transaction (the caller
 * rolls it back when any is refused). Every refused form comes back as a conflict naming the form and the unit.
 */
export async function submitFilledForms(trx: Executor, actor: Actor, forms: FilledForm[], now: string) {
  const units = await loadUnitNames(trx, [...new Set(forms.map((f) => f.orgUnitId))]);
  const pkg = await readPackage(trx);
  const submitted: ImportSubmittedForm[] = [];
  const refused: ImportConflict[] = [];
  for (const f of forms.slice(0, IMPORT_SUBMIT_MAX_FORMS)) {
    const unit = units.get(f.orgUnitId)!;
    try {
      await submitWithin(trx, actor, { dataSet: f.dataSet, orgUnit: unit.code, period: f.period }, { now, pkg, submittedAt: f.submittedAt });
      if (submitted.length < IMPORT_FORMS_LISTED) {
        submitted.push({ dataSet: f.dataSet, dataSetName: f.dataSetName, orgUnit: unit.code, orgUnitName: unit.name, period: f.period });
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      refused.push({ index: null, location: m.formAt(f.dataSetName, unit.name, f.period), code: f.dataSet, field: 'submit', reason: reasonOf(error) });
    }
  }
  return { submitted, submittedTotal: forms.length, refused };
}

/** The refusal in one sentence: its message, then the rules or fields it names. */
function reasonOf(error: AppError): string {
  const details = error.details.map((d) => d.message).filter((d) => d && d !== error.message);
  return details.length ? `${error.message} ${details.join('; ')}.` : error.message;
}
