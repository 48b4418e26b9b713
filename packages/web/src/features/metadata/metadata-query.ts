import type { MetadataKind, MetadataListView } from '@syt/core/api/contract.ts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet } from '../../api/client.ts';
import type { MetadataItems } from './metadata-types.ts';

/** Every item of one metadata kind; the list page filters on the client. */
export function metadataQuery<K extends MetadataKind>(kind: K) {
  return queryOptions({
    queryKey: ['metadata', kind] as const,
    queryFn: async () => (await apiGet<MetadataListView<MetadataItems[K]>>(`/api/metadata/${kind}`)).items,
    staleTime: 5 * 60_000,
  });
}
