import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { metadataQuery } from '../metadata/metadata-query.ts';

/** What a target may be set on, as select options: the indicators, then the numeric data elements. */
export function useTargetItems(): { value: string; label: string }[] {
  const elements = useQuery(metadataQuery('data-elements'));
  const indicators = useQuery(metadataQuery('indicators'));
  return useMemo(
    () => [
      ...(indicators.data ?? []).map((i) => ({ value: i.code, label: i.name })),
      ...(elements.data ?? []).filter((e) => e.valueType !== 'TEXT').map((e) => ({ value: e.code, label: e.name })),
    ],
    [elements.data, indicators.data],
  );
}
