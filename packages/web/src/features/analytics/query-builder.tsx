import { Button, Card, Group, SimpleGrid, Stack } from '@mantine/core';
import type { AnalyticsQuery } from '@syt/core/api/analytics.ts';
import { IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { analyticsVi as t } from '../../i18n/analytics.vi.ts';
import { DataItemPicker } from './data-item-picker.tsx';
import { OrgUnitPicker } from './org-unit-picker.tsx';
import { PeriodPicker } from './period-picker.tsx';

const same = (a: AnalyticsQuery, b: AnalyticsQuery) =>
  a.dx.join(';') === b.dx.join(';') && a.ou.join(';') === b.ou.join(';') && a.pe.join(';') === b.pe.join(';');

/**
 * The three dimensions of a query, edited as a draft: the table is computed again only on "Cập nhật", not at each
 * item picked.
 */
export function QueryBuilder({ query, onApply }: { query: AnalyticsQuery; onApply: (query: AnalyticsQuery) => void }) {
  const [draft, setDraft] = useState(query);
  // A new address (back button, a favourite opened) replaces the draft.
  useEffect(() => setDraft(query), [query]);
  const ready = draft.dx.length > 0 && draft.ou.length > 0 && draft.pe.length > 0;

  return (
    <Card withBorder radius="md" padding="md" mb="md">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <DataItemPicker value={draft.dx} onChange={(dx) => setDraft({ ...draft, dx })} />
          <OrgUnitPicker value={draft.ou} onChange={(ou) => setDraft({ ...draft, ou })} />
        </SimpleGrid>
        <PeriodPicker value={draft.pe} onChange={(pe) => setDraft({ ...draft, pe })} />
        <Group justify="flex-end">
          <Button
            leftSection={<IconRefresh size={16} />}
            disabled={!ready}
            variant={same(draft, query) ? 'light' : 'filled'}
            onClick={() => onApply({ ...query, dx: draft.dx, ou: draft.ou, pe: draft.pe })}
            data-testid="analytics-update"
          >
            {t.actions.update}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
