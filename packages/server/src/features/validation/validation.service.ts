import type { FormCheck } from '@syt/core/api/forms.ts';
import { expressionRefs } from '@syt/core/metadata/expression-refs.ts';
import type { MetadataPackage } from '@syt/core/metadata/types.ts';
import { daysInPeriod, shiftPeriod, type Period } from '@syt/core/period/index.ts';
import { optionCombosOfPackage, runValidation, valueLookupFromDataValues, type Violation } from '@syt/core/validation/index.ts';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../access/access.policy.ts';
import { readValuesOutsideBounds } from '../data-entry/form-outliers.repository.ts';
import { resolveForm, type FormInput } from '../data-entry/form.service.ts';
import { readDataValues } from '../data-values/data-value.repository.ts';
import { readPackage } from '../metadata/metadata-read.repository.ts';
import type { Executor } from '../metadata/upsert.ts';

interface FormRef {
  dataSet: { code: string };
  unit: { id: number; code: string };
  period: Period;
}

/**
 * The package's rules that touch a form's elements, checked against the unit's stored values. A caller checking many
 * forms at once passes the package it loaded.
 */
export async function validateForm(db: Executor, form: FormRef, loaded?: MetadataPackage): Promise<Violation[]> {
  const pkg = loaded ?? (await readPackage(db));
  const definition = pkg.dataSets.find((d) => d.code === form.dataSet.code)!;
  const elements = new Set(definition.sections.flatMap((s) => s.dataElements));
  const rules = pkg.validationRules.filter(
    (r) => r.periodType === form.period.type && [...expressionRefs(r.left), ...expressionRefs(r.right)].some((ref) => elements.has(ref.element)),
  );
  const offsets = new Set(rules.flatMap((r) => [...expressionRefs(r.left), ...expressionRefs(r.right)].map((ref) => ref.periodOffset ?? 0)));
  const periods = [...offsets, 0].map((n) => shiftPeriod(form.period, n).code);
  const values = await readDataValues(db, form.unit.id, [...new Set(periods)]);
  const lookup = valueLookupFromDataValues(values, {
    period: form.period.code,
    orgUnit: form.unit.code,
    optionCombosOf: optionCombosOfPackage(pkg),
  });
  return runValidation(rules, { values: lookup, daysInPeriod: daysInPeriod(form.period) });
}

/** "Kiểm tra số liệu" for a form the actor may read: the rules it breaks and its values outside their bounds. */
export async function checkFormFor(db: Database, actor: Actor, input: FormInput): Promise<FormCheck> {
  const form = await resolveForm(db, actor, 'read', input);
  const [violations, outliers] = await Promise.all([
    validateForm(db, form),
    readValuesOutsideBounds(db, form.unit.id, form.period, form.dataSet.id),
  ]);
  return { violations, outliers };
}
