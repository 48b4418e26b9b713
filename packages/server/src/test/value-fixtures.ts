import type { DataValue } from '@syt/core/datavalue/types.ts';
import { DEFAULT_PACKAGE } from '@syt/core/metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '@syt/core/orgunit/kontum.ts';

/** Up to `count` valid monthly values: every form element at its assigned units, month after month back from 2023-12. */
export function manyValues(count: number): DataValue[] {
  const out: DataValue[] = [];
  const combosOf = (element: string) => {
    const combo = DEFAULT_PACKAGE.dataElements.find((e) => e.code === element)!.categoryCombo;
    return combo === 'default' ? ['default'] : DEFAULT_PACKAGE.categories.find((c) => c.code === combo)!.options.map((o) => o.code);
  };
  // Monthly periods below: the monthly forms' cells only.
  const cells = DEFAULT_PACKAGE.dataSets.filter((ds) => ds.periodType === 'Monthly').flatMap((ds) =>
    ds.sections.flatMap((s) => s.dataElements).flatMap((e) =>
      combosOf(e).flatMap((coc) => KONTUM_ORG_UNITS.dataSetAssignments[ds.code]!.map((ou) => ({ e, coc, ou }))),
    ),
  );
  for (let m = 0; out.length < count; m++) {
    const year = 2023 - Math.floor(m / 12);
    const period = `${year}${String(12 - (m % 12)).padStart(2, '0')}`;
    for (const c of cells) {
      if (out.length === count) break;
      out.push({ dataElement: c.e, categoryOptionCombo: c.coc, orgUnit: c.ou, period, value: String((out.length * 31) % 101) });
    }
  }
  return out;
}

