import { Card, Group, Loader, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { MetadataKind } from '@syt/core/api/contract.ts';
import { matchesSearch } from '@syt/core/vi/fold.ts';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { vi } from '../../i18n/vi.ts';
import { METADATA_CONFIGS } from './metadata-configs.ts';
import { metadataQuery } from './metadata-query.ts';
import { MetadataTable } from './metadata-table.tsx';
import type { MetadataItems } from './metadata-types.ts';

const rowKey = (item: { code: string }) => item.code;

/** The list page of one metadata kind: search ignoring diacritics, result count, table. */
export function MetadataListPage<K extends MetadataKind>({ kind }: { kind: K }) {
  const config = METADATA_CONFIGS[kind];
  const items = useQuery(metadataQuery(kind));
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 120);
  const shown = useMemo<MetadataItems[K][]>(
    () => (items.data ?? []).filter((item) => !query || matchesSearch(config.searchText(item), query)),
    [items.data, query, config],
  );

  return (
    <>
      <PageHeader title={vi.metadata.titles[kind]} description={vi.metadata.descriptions[kind]} />
      <Card withBorder radius="md" padding="lg">
        <Group justify="space-between" align="flex-end" mb="md" wrap="wrap">
          <TextInput
            type="search"
            label={vi.metadata.search}
            placeholder={vi.metadata.searchPlaceholder}
            description={vi.common.searchHint}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            data-testid="metadata-search"
            style={{ flex: 1, minWidth: 240, maxWidth: 480 }}
          />
          {items.isSuccess && (
            <Text size="sm" c="dimmed" data-testid="metadata-count">
              {vi.common.resultCount(shown.length)}
            </Text>
          )}
        </Group>
        {items.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {items.isError && <LoadError error={items.error} onRetry={() => void items.refetch()} />}
        {items.isSuccess &&
          (shown.length === 0 ? (
            <Text c="dimmed" py="lg" ta="center" data-testid="metadata-empty">
              {vi.common.noResults}
            </Text>
          ) : (
            <MetadataTable items={shown} columns={config.columns} rowKey={rowKey} />
          ))}
      </Card>
    </>
  );
}
