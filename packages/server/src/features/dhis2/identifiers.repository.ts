import type { IdScheme } from '@syt/core/interchange/import-options.ts';
import { identifierIndex, type IdentifiedObject } from '@syt/core/interchange/id-schemes.ts';
import type { Executor } from '../metadata/upsert.ts';

/** One kind's identifiers under every scheme: identifier → code, and code → identifier (the code when it has none). */
export interface KindIndex {
  toCode(id: string, scheme: IdScheme): string | undefined;
  fromCode(code: string, scheme: IdScheme): string;
}

/** Identifier indexes of the kinds a data value names. */
export interface Identifiers {
  dataElement: KindIndex;
  orgUnit: KindIndex;
  categoryOptionCombo: KindIndex;
  dataSet: KindIndex;
}

const TABLES = {
  dataElement: 'data_element',
  orgUnit: 'org_unit',
  categoryOptionCombo: 'category_option_combo',
  dataSet: 'data_set',
} as const satisfies Record<keyof Identifiers, string>;

function kindIndex(objects: IdentifiedObject[]): KindIndex {
  const by = { UID: identifierIndex(objects, 'UID'), CODE: identifierIndex(objects, 'CODE'), NAME: identifierIndex(objects, 'NAME') };
  return { toCode: (id, scheme) => by[scheme].toCode(id), fromCode: (code, scheme) => by[scheme].fromCode(code) ?? code };
}

/** Reads code, name and UID of every data element, org unit, option combo and data set. */
export async function readIdentifiers(db: Executor): Promise<Identifiers> {
  const entries = await Promise.all(
    (Object.entries(TABLES) as [keyof Identifiers, (typeof TABLES)[keyof Identifiers]][]).map(async ([kind, table]) => {
      const rows = await db.selectFrom(table).select(['code', 'name', 'uid']).execute();
      return [kind, kindIndex(rows)] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as Identifiers;
}
