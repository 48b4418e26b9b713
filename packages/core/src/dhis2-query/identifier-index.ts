/**
 * Translating identifiers between DHIS2's id schemes (UID, CODE, NAME) and SYT's codes, for one kind of object.
 * A name shared by two objects translates to nothing, so an ambiguous name is refused rather than guessed.
 */
import type { IdScheme } from '../interchange/import-options.ts';

export interface Identified {
  code: string;
  name: string;
  uid: string;
}

export interface IdentifierIndex {
  /** SYT's code for an identifier given in `scheme`, or undefined when none (or more than one) matches. */
  toCode(id: string, scheme: IdScheme): string | undefined;
  /** The identifier of a code in `scheme` (the code itself when unknown). */
  fromCode(code: string, scheme: IdScheme): string;
}

export function identifierIndex(objects: readonly Identified[]): IdentifierIndex {
  const byCode = new Map(objects.map((o) => [o.code, o]));
  const byUid = new Map(objects.map((o) => [o.uid, o.code]));
  const byName = new Map<string, string | null>();
  for (const o of objects) byName.set(o.name, byName.has(o.name) ? null : o.code);
  return {
    toCode(id, scheme) {
      if (scheme === 'CODE') return byCode.has(id) ? id : undefined;
      if (scheme === 'UID') return byUid.get(id);
      return byName.get(id) ?? undefined;
    },
    fromCode(code, scheme) {
      const o = byCode.get(code);
      if (!o || scheme === 'CODE') return code;
      return scheme === 'UID' ? o.uid : o.name;
    },
  };
}
