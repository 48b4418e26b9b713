import { uidFor, type UidKind } from '@syt/core/metadata/uid.ts';

/** The UID an object is stored with: the one its package declares, else the one derived from its kind and code. */
export function storedUid(kind: UidKind, object: { code: string; uid?: string | undefined }): string {
  return object.uid ?? uidFor(kind, object.code);
}

/**
 * A stored UID as a package writes it: absent when it is the derived one, so an export stays as its package was
 * written and re-imports to the same UIDs.
 */
export function declaredUid(kind: UidKind, code: string, uid: string): { uid?: string } {
  return uid === uidFor(kind, code) ? {} : { uid };
}
