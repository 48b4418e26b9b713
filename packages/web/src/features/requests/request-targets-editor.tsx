import { MultiSelect, Select, Stack, Switch } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { targetsVi } from '../../i18n/targets.vi.ts';
import { foldedFilter } from '../../lib/folded-filter.ts';
import { serverToday } from '../../lib/server-clock.ts';
import { metadataQuery } from '../metadata/metadata-query.ts';
import type { RequestValues } from './request-form-values.ts';

const r = targetsVi.round;

/** Kèm đợt đề xuất chỉ tiêu: the year, and the indicators and elements each unit proposes a target for. */
export function RequestTargetsEditor({ form }: { form: UseFormReturnType<RequestValues> }) {
  const elements = useQuery(metadataQuery('data-elements'));
  const indicators = useQuery(metadataQuery('indicators'));
  const items = useMemo(
    () => [
      ...(indicators.data ?? []).map((i) => ({ value: i.code, label: i.name })),
      ...(elements.data ?? []).filter((e) => e.valueType !== 'TEXT').map((e) => ({ value: e.code, label: e.name })),
    ],
    [elements.data, indicators.data],
  );
  const thisYear = Number(serverToday().slice(0, 4));
  const enabled = form.values.targets.enabled;
  return (
    <Stack gap="xs">
      <Switch label={r.enable} description={r.enableHint} data-testid="request-targets" {...form.getInputProps('targets.enabled', { type: 'checkbox' })} />
      {enabled && (
        <>
          <Select
            label={r.year}
            data={[thisYear, thisYear + 1].map(String)}
            allowDeselect={false}
            w={140}
            data-testid="request-targets-year"
            {...form.getInputProps('targets.year')}
          />
          <MultiSelect
            label={r.items}
            data={items}
            searchable
            filter={foldedFilter}
            withAsterisk
            data-testid="request-targets-items"
            {...form.getInputProps('targets.items')}
          />
        </>
      )}
    </Stack>
  );
}
