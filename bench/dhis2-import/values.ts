/**
 * The bench's DHIS2 file: monthly values over the demo metadata, with the province's 100 communes (communes.ts) given
 * the monthly disease form, so a million values span about nine years rather than a century of the demo's 11 units.
 */
import { DEFAULT_PACKAGE } from '../../packages/core/src/metadata/default-package.ts';
import { KONTUM_ORG_UNITS } from '../../packages/core/src/orgunit/kontum.ts';
import { createPeriod } from '../../packages/core/src/period/index.ts';
import type { Database } from '../../packages/server/src/db/database.ts';
import { idsByCode } from '../../packages/server/src/features/metadata/upsert.ts';
import { writeOrgUnits } from '../../packages/server/src/features/org-units/org-unit.repository.ts';
import { communes } from '../communes.ts';

/** The form the communes report, as the districts do. */
const COMMUNE_FORM = 'BTN_THANG';
/** The newest month of the file (the demo's districts closed in 2025); older months follow, one round at a time. */
const LAST_YEAR = 2024;

interface Cell {
  dataElement: string;
  categoryOptionCombo: string;
  orgUnit: string;
}

/** Adds the communes, assigns them the monthly disease form, and lets every unit be open over the file's years. */
export async function prepareMetadata(db: Database): Promise<void> {
  await writeOrgUnits(db, communes());
  const units = await idsByCode(db, 'org_unit');
  const form = await db.selectFrom('data_set').select('id').where('code', '=', COMMUNE_FORM).executeTakeFirstOrThrow();
  await db
    .insertInto('data_set_org_unit')
    .values(communes().map((c) => ({ data_set_id: form.id, org_unit_id: units.get(c.code)! })))
    .execute();
  // Districts of the demo opened at various dates; nine years back must find each open.
  await db.updateTable('org_unit').set({ opening_date: '2000-01-01' }).execute();
}

/** Every monthly form cell at every unit it is assigned to (the communes included): one month's values. */
function monthCells(): Cell[] {
  const combosOf = (element: string) => {
    const combo = DEFAULT_PACKAGE.dataElements.find((e) => e.code === element)!.categoryCombo;
    return combo === 'default' ? ['default'] : DEFAULT_PACKAGE.categories.find((c) => c.code === combo)!.options.map((o) => o.code);
  };
  const unitsOf = (form: string) => [
    ...KONTUM_ORG_UNITS.dataSetAssignments[form]!,
    ...(form === COMMUNE_FORM ? communes().map((c) => c.code) : []),
  ];
  return DEFAULT_PACKAGE.dataSets
    .filter((ds) => ds.periodType === 'Monthly')
    .flatMap((ds) =>
      ds.sections
        .flatMap((s) => s.dataElements)
        .flatMap((e) => combosOf(e).flatMap((coc) => unitsOf(ds.code).map((ou) => ({ dataElement: e, categoryOptionCombo: coc, orgUnit: ou })))),
    );
}

/** Code → UID of the metadata a value names, as stored (DHIS2 files name objects by UID unless told otherwise). */
export async function uidsByCode(db: Database) {
  const read = async (table: 'data_element' | 'org_unit' | 'category_option_combo') =>
    new Map((await db.selectFrom(table).select(['code', 'uid']).execute()).map((r) => [r.code, r.uid]));
  return { dataElement: await read('data_element'), orgUnit: await read('org_unit'), categoryOptionCombo: await read('category_option_combo') };
}

/** `count` values as a DHIS2 `dataValueSets` JSON document naming every object by UID, DHIS2's default scheme. */
export function dhis2Json(count: number, uids: Awaited<ReturnType<typeof uidsByCode>>): string {
  const uid = (map: Map<string, string>, code: string) => {
    const found = map.get(code);
    if (found === undefined) throw new Error(`no UID for ${code}`);
    return found;
  };
  const cells = monthCells().map((c) => ({
    dataElement: uid(uids.dataElement, c.dataElement),
    categoryOptionCombo: uid(uids.categoryOptionCombo, c.categoryOptionCombo),
    orgUnit: uid(uids.orgUnit, c.orgUnit),
  }));
  const parts: string[] = [];
  for (let m = 0; parts.length < count; m++) {
    const period = createPeriod('Monthly', LAST_YEAR - Math.floor(m / 12), 12 - (m % 12)).code;
    for (const c of cells) {
      if (parts.length === count) break;
      const value = String((parts.length * 31) % 101);
      parts.push(JSON.stringify({ dataElement: c.dataElement, period, orgUnit: c.orgUnit, categoryOptionCombo: c.categoryOptionCombo, value }));
    }
  }
  return `{"dataValues":[${parts.join(',')}]}`;
}
