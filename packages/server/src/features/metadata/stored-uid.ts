import { uidFor, type UidKind } from '@syt/core/metadata/uid.ts';

/** The UID an object is stored with: the one its package declares, else the one derived from its kind and code. */
export function storedUid(kind: UidKind, object: { code: string; uid?: string | undefined }): string {
  return object.uid ?? uidFor(kind, object.code);
}
