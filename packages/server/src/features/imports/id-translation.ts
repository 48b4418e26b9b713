import { identifierIndex } from '@syt/core/interchange/id-schemes.ts';
import type { IdScheme } from '@syt/core/interchange/import-options.ts';
import { toNfc } from '@syt/core/vi/nfc.ts';
import type { ImportContextRows } from './import-context.repository.ts';
import type { IdSchemes } from './import-options.ts';

interface Named {
  id: number;
  code: string;
  uid: string;
  name: string;
}

/** The identifier an object goes by under a scheme. */
const idUnder = (scheme: IdScheme, o: Named): string => (scheme === 'UID' ? o.uid : scheme === 'NAME' ? toNfc(o.name) : o.code);

/** identifier under `scheme` → object; the first object wins where names repeat. */
function index<T extends Named>(rows: T[], scheme: IdScheme): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of rows) if (!map.has(idUnder(scheme, r))) map.set(idUnder(scheme, r), r);
  return map;
}

/**
 * Turns the identifiers a file gives (UID, code or name, per DHIS2's id schemes, through core's identifier indexes)
 * into SYT's codes, and attribute option combos into their ids. Undefined means no object goes by that identifier,
 * or several do (a name two units share): the caller refuses the value, naming the identifier as given.
 */
export function identifierTranslator(rows: ImportContextRows, schemes: IdSchemes) {
  const byScheme = <T extends Named>(list: T[], scheme: IdScheme) => {
    if (scheme === 'CODE') return (id: string) => id;
    const found = identifierIndex(list, scheme);
    return (id: string) => found.toCode(id);
  };
  const combos = index(rows.combos, schemes.categoryOptionCombo);
  const byOptions = new Map<string, number>();
  for (const c of rows.combos) {
    const key = optionsKey(c.option_codes.split(','));
    if (!byOptions.has(key)) byOptions.set(key, c.id);
  }
  return {
    schemes,
    dataElement: byScheme(rows.elements, schemes.dataElement),
    orgUnit: byScheme(rows.units, schemes.orgUnit),
    /** An option combo's code; under CODE the code itself (the element's combo tells which one is meant). */
    categoryOptionCombo: byScheme(rows.combos, schemes.categoryOptionCombo),
    /** The id of the option combo an attribute option combo identifier names. */
    attributeOptionCombo: (id: string) => combos.get(schemes.categoryOptionCombo === 'NAME' ? toNfc(id) : id)?.id,
    /** The id of the option combo made of exactly these options (ADX names attribute combos by their options). */
    attributeOptions: (options: Record<string, string>) => byOptions.get(optionsKey(Object.values(options))),
  };
}

export type IdentifierTranslator = ReturnType<typeof identifierTranslator>;

const optionsKey = (codes: string[]) => [...codes].sort().join('\u0000');
