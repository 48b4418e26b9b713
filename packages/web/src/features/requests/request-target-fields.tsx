import { ActionIcon, Button, Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { targetsVi } from '../../i18n/targets.vi.ts';
import { foldedFilter } from '../../lib/folded-filter.ts';
import { useUnitOptions } from '../tasks/unit-pickers.tsx';
import { emptyField, type RequestValues } from './request-form-values.ts';

const f = targetsVi.fields;

/**
 * Đơn vị tuyến tỉnh thống nhất theo lĩnh vực: for some of the round's items, the provincial unit (one the request is
 * sent to) that agrees the districts' proposals before the department gives the targets.
 */
export function RequestTargetFields({ form, items }: { form: UseFormReturnType<RequestValues>; items: { value: string; label: string }[] }) {
  const { options } = useUnitOptions();
  const addressed = useMemo(() => new Set(form.values.groups.flatMap((g) => g.units)), [form.values.groups]);
  const units = options.filter((o) => addressed.has(o.value));
  const chosen = items.filter((i) => form.values.targets.items.includes(i.value));
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {f.title}
      </Text>
      <Text size="xs" c="dimmed">
        {f.hint}
      </Text>
      {form.values.targets.fields.map((field, i) => (
        <Group key={field.key} align="flex-start" gap="xs" wrap="nowrap" data-testid="request-target-field">
          <Select
            label={f.unit}
            data={units}
            searchable
            filter={foldedFilter}
            w={260}
            data-testid="request-field-unit"
            {...form.getInputProps(`targets.fields.${i}.unit`)}
          />
          <MultiSelect
            label={f.items}
            data={chosen}
            searchable
            filter={foldedFilter}
            style={{ flex: 1 }}
            data-testid="request-field-items"
            {...form.getInputProps(`targets.fields.${i}.items`)}
          />
          <ActionIcon variant="subtle" color="red" aria-label={f.remove} onClick={() => form.removeListItem('targets.fields', i)} mt={28}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconPlus size={14} />}
        onClick={() => form.insertListItem('targets.fields', emptyField())}
        w="fit-content"
        data-testid="request-field-add"
      >
        {f.add}
      </Button>
    </Stack>
  );
}
