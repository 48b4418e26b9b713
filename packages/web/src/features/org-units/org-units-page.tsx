import { Card, Group, Loader, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { OrgUnit } from '@syt/core/metadata/types.ts';
import { matchesSearch } from '@syt/core/vi/fold.ts';
import { IconCalendar, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { LoadError } from '../../ui/load-error.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { vi } from '../../i18n/vi.ts';
import { buildOrgUnitTree, countNodes, filterOrgUnitTree } from './build-tree.ts';
import { OrgUnitTree } from './org-unit-tree.tsx';
import { orgUnitsQuery } from './org-units-query.ts';
import { DateField } from '../../ui/date-field.tsx';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Đơn vị hành chính: the tree valid on a chosen date (or every unit ever), searchable without diacritics. */
export function OrgUnitsPage() {
  const [dateInput, setDateInput] = useState('');
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 150);
  const date = ISO_DATE.test(dateInput) ? dateInput : '';

  const units = useQuery(orgUnitsQuery(date));
  const allUnits = useQuery(orgUnitsQuery());

  const names = useMemo(() => new Map((allUnits.data ?? []).map((unit) => [unit.code, unit.name])), [allUnits.data]);
  const nameOf = useCallback((code: string) => names.get(code) ?? code, [names]);
  const tree = useMemo(() => buildOrgUnitTree(units.data ?? []), [units.data]);
  const matches = useCallback((unit: OrgUnit) => matchesSearch(`${unit.name} ${unit.code}`, query), [query]);
  const shown = useMemo(() => (query ? filterOrgUnitTree(tree, matches) : tree), [tree, query, matches]);
  const matchCount = useMemo(() => (units.data ?? []).filter(matches).length, [units.data, matches]);

  return (
    <>
      <PageHeader title={vi.orgUnits.title} description={vi.orgUnits.description} />
      <Card withBorder radius="md" padding="lg">
        <Group align="flex-end" gap="md" mb="md" wrap="wrap">
          <DateField
            label={vi.orgUnits.effectiveDate}
            description={vi.orgUnits.effectiveDateHint}
            leftSection={<IconCalendar size={16} />}
            value={dateInput}
            onChange={setDateInput}
            data-testid="org-units-date"
            w={260}
          />
          <TextInput
            type="search"
            label={vi.orgUnits.search}
            placeholder={vi.orgUnits.searchPlaceholder}
            description={vi.common.searchHint}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            data-testid="org-units-search"
            style={{ flex: 1, minWidth: 220 }}
          />
        </Group>
        {units.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {units.isError && <LoadError error={units.error} onRetry={() => void units.refetch()} />}
        {units.isSuccess && (
          <>
            <Text size="sm" c="dimmed" mb="xs" data-testid="org-units-count">
              {query ? vi.common.resultCount(matchCount) : vi.orgUnits.count(countNodes(shown))}
            </Text>
            {shown.length === 0 ? (
              <Text c="dimmed" py="md">
                {query ? vi.common.noResults : vi.orgUnits.empty}
              </Text>
            ) : (
              <OrgUnitTree nodes={shown} nameOf={nameOf} expandAll={query !== ''} />
            )}
          </>
        )}
      </Card>
    </>
  );
}
