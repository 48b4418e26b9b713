import { identifierIndex, type IdentifierIndex } from '@syt/core/dhis2-query/identifier-index.ts';
import { uidFor, type UidKind } from '@syt/core/metadata/uid.ts';
import type { Executor } from '../metadata/upsert.ts';

/** Identifier indexes of the kinds a data value names. */
export interface Identifiers {
  dataElement: IdentifierIndex;
  orgUnit: IdentifierIndex;
  categoryOptionCombo: IdentifierIndex;
  dataSet: IdentifierIndex;
}

const TABLES = {
  dataElement: 'data_element',
  orgUnit: 'org_unit',
  categoryOptionCombo: 'category_option_combo',
  dataSet: 'data_set',
} as const satisfies Record<keyof Identifiers, string>;

/** Reads code, name and UID of every data element, org unit, option combo and data set. */
export async function readIdentifiers(db: Executor): Promise<Identifiers> {
  const entries = await Promise.all(
    (Object.entries(TABLES) as [keyof Identifiers & UidKind, (typeof TABLES)[keyof Identifiers]][]).map(async ([kind, table]) => {
      const rows = await db.selectFrom(table).select(['code', 'name']).execute();
      return [kind, identifierIndex(rows.map((r) => ({ ...r, uid: uidFor(kind, r.code) })))] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as Identifiers;
}
