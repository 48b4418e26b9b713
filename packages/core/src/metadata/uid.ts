/**
 * DHIS2's identifiers: 11 characters, a letter then letters or digits. Every SYT metadata object has one;
 * a declared UID is kept, an absent one is derived from the object's kind and code, so every installation of
 * the same package gives the same objects the same UIDs.
 */

/** DHIS2's UIDs of its default category option combo and default category combo. */
export const DEFAULT_OPTION_COMBO_UID = 'HllvX50cXC0';
export const DEFAULT_CATEGORY_COMBO_UID = 'bRowv6yZOF2';

/** Kinds of metadata objects that carry UIDs. */
export type UidKind =
  | 'orgUnit'
  | 'category'
  | 'categoryOption'
  | 'categoryCombo'
  | 'categoryOptionCombo'
  | 'dataElement'
  | 'dataSet'
  | 'indicator'
  | 'validationRule'
  | 'section'
  | 'indicatorType';

const UID_PATTERN = /^[A-Za-z][A-Za-z0-9]{10}$/;

/** True for a well-formed DHIS2 UID. */
export function isUid(value: string): boolean {
  return UID_PATTERN.test(value);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALPHANUMERIC = `${LETTERS}0123456789`;

/** A 32-bit FNV-1a hash of `text` from `seed`: pure and stable, enough to spread codes over UIDs. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The UID an object without a declared one gets: derived from its kind and code (the default combos get DHIS2's
 * own). Stable across installations and runs; a declared UID always wins over this.
 */
export function uidFor(kind: UidKind, code: string): string {
  if (code === 'default' && kind === 'categoryOptionCombo') return DEFAULT_OPTION_COMBO_UID;
  if (code === 'default' && kind === 'categoryCombo') return DEFAULT_CATEGORY_COMBO_UID;
  const key = `${kind}:${code}`;
  const state = [fnv1a(key, 0x811c9dc5), fnv1a(key, 0x9e3779b9), fnv1a(key, 0x85ebca6b)];
  let uid = LETTERS[state[0]! % LETTERS.length]!;
  for (let i = 1; i < 11; i++) {
    const word = state[i % 3]!;
    uid += ALPHANUMERIC[word % ALPHANUMERIC.length];
    state[i % 3] = (Math.imul(word ^ (word >>> 15), 0x2c1b3c6d) ^ i) >>> 0;
  }
  return uid;
}

/** The UID an object has: its declared one, else the one derived from its kind and code. */
export function uidOf(kind: UidKind, object: { code: string; uid?: string | undefined }): string {
  return object.uid ?? uidFor(kind, object.code);
}
