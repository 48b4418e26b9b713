import type { Database } from '../../db/database.ts';
import type { Clock } from '../../clock.ts';
import { buildFormWorkbook } from '../../render/form-workbook.ts';
import type { Actor } from '../access/access.policy.ts';
import { loadForm, type FormInput } from './form.service.ts';

/** The Excel form of a data set, org unit and period, prefilled with what is stored. */
export async function formWorkbook(ctx: { db: Database; clock: Clock }, actor: Actor, input: FormInput) {
  const form = await loadForm(ctx, actor, input);
  const [year, month] = [form.period.code.slice(0, 4), form.period.code.slice(4)];
  const label = form.period.type === 'Monthly' ? `tháng ${month}/${year}` : form.period.code;
  const data = await buildFormWorkbook({
    dataSet: form.dataSet,
    orgUnit: form.orgUnit,
    period: { code: form.period.code, label },
    values: form.values,
  });
  return { data, fileName: `${form.dataSet.code}-${form.orgUnit.code}-${form.period.code}.xlsx` };
}
