import { MultiSelect, Select, Stack, Switch } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { targetsVi } from '../../i18n/targets.vi.ts';
import { foldedFilter } from '../../lib/folded-filter.ts';
import { serverToday } from '../../lib/server-clock.ts';
import { useTargetItems } from '../targets/use-target-items.ts';
import type { RequestValues } from './request-form-values.ts';
import { RequestTargetFields } from './request-target-fields.tsx';

const r = targetsVi.round;

/** Kèm đợt đề xuất chỉ tiêu: the year, the indicators and elements each unit proposes a target for, and their fields. */
export function RequestTargetsEditor({ form }: { form: UseFormReturnType<RequestValues> }) {
  const items = useTargetItems();
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
          <RequestTargetFields form={form} items={items} />
        </>
      )}
    </Stack>
  );
}
