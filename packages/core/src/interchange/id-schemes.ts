/** DHIS2's identifier schemes: which one names each kind of object, and identifiers ↔ SYT's codes under one. */
import { toNfc } from '../vi/nfc.ts';
import type { IdScheme, IdSchemeOptions } from './import-options.ts';

/** The kinds of objects a data value names. */
export type IdentifiedKind = 'dataElement' | 'orgUnit' | 'categoryOptionCombo' | 'attributeOptionCombo' | 'dataSet';

/**
 * The scheme in force for each kind, with DHIS2's precedence: the kind's own scheme, else `idScheme`, else
 * `fallback` (DHIS2's `/api/dataValueSets` uses UID; SYT's own import, CODE). Attribute option combos are
 * category option combos in DHIS2 and follow `categoryOptionComboIdScheme`.
 */
export function schemesOf(options: IdSchemeOptions, fallback: IdScheme): Record<IdentifiedKind, IdScheme> {
  const general = options.idScheme ?? fallback;
  const combo = options.categoryOptionComboIdScheme ?? general;
  return {
    dataElement: options.dataElementIdScheme ?? general,
    orgUnit: options.orgUnitIdScheme ?? general,
    categoryOptionCombo: combo,
    attributeOptionCombo: combo,
    dataSet: options.dataSetIdScheme ?? general,
  };
}

/** An object as an index needs it: SYT's code, and DHIS2's UID and name when it has them. */
export interface IdentifiedObject {
  code: string;
  uid?: string | null;
  name?: string | null;
}

/** Identifiers of one scheme ↔ codes. */
export interface IdentifierIndex {
  /** The code of the object the identifier names; undefined when none does, or several (see `isAmbiguous`). */
  toCode(identifier: string): string | undefined;
  /** True when several objects answer to the identifier (two units with one name): refuse it, do not guess. */
  isAmbiguous(identifier: string): boolean;
  /** The object's identifier in this scheme, for writing; undefined when it has none (no name, say). */
  fromCode(code: string): string | undefined;
}

// Identifier → code; `null` marks an identifier several objects share.
function indexBy(objects: readonly IdentifiedObject[], key: (o: IdentifiedObject) => string | undefined) {
  const codes = new Map<string, string | null>();
  for (const object of objects) {
    const id = key(object);
    if (id === undefined || id === '') continue;
    const seen = codes.get(id);
    codes.set(id, seen === undefined || seen === object.code ? object.code : null);
  }
  return codes;
}

const keyOf: Readonly<Record<IdScheme, (o: IdentifiedObject) => string | undefined>> = {
  UID: (o) => o.uid ?? undefined,
  CODE: (o) => o.code,
  NAME: (o) => (o.name == null ? undefined : toNfc(o.name)),
};

/**
 * An index of `objects` under `scheme`. UIDs and codes match exactly; names match exactly after NFC (so a name
 * typed in decomposed Vietnamese still matches), and a name two objects share names neither.
 */
export function identifierIndex(objects: readonly IdentifiedObject[], scheme: IdScheme): IdentifierIndex {
  const key = keyOf[scheme];
  const codes = indexBy(objects, key);
  const identifiers = new Map(objects.map((o) => [o.code, key(o)]));
  const normalise = scheme === 'NAME' ? toNfc : (id: string) => id;
  return {
    toCode: (identifier) => codes.get(normalise(identifier)) ?? undefined,
    isAmbiguous: (identifier) => codes.get(normalise(identifier)) === null,
    fromCode: (code) => identifiers.get(code),
  };
}
