import type { MetadataKind } from '@syt/core/api/contract.ts';
import type { MetadataPackage } from '@syt/core/metadata/types.ts';
import { matchesSearch } from '@syt/core/vi/fold.ts';
import type { Executor } from './upsert.ts';
import { readPackage } from './metadata-read.repository.ts';

const KIND_TO_FIELD: Record<MetadataKind, keyof MetadataPackage> = {
  'data-elements': 'dataElements',
  'data-sets': 'dataSets',
  diseases: 'diseases',
  indicators: 'indicators',
  categories: 'categories',
  'validation-rules': 'validationRules',
};

/** One kind of metadata, optionally filtered by a diacritic-insensitive search over code and name. */
export async function listMetadata(db: Executor, kind: MetadataKind, q?: string) {
  const items = (await readPackage(db))[KIND_TO_FIELD[kind]] as Array<{ code: string; name: string }>;
  if (!q?.trim()) return items;
  return items.filter((item) => matchesSearch(`${item.code} ${item.name}`, q));
}
