import { ActionIcon, Button, Card, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { vi } from '../../i18n/vi.ts';
import { UnitMultiSelect } from '../tasks/unit-pickers.tsx';
import { emptyGroup, type RequestValues } from './request-form-values.ts';
import { DateField } from '../../ui/date-field.tsx';

const f = vi.requests.form;

/** Nhóm đơn vị: each group's name, units, deadline and where its reports go. */
export function RequestGroupsEditor({ form }: { form: UseFormReturnType<RequestValues> }) {
  return (
    <Stack gap="sm">
      <Text fw={600}>{f.groups}</Text>
      {form.values.groups.map((group, i) => (
        <Card key={group.key} withBorder radius="sm" padding="sm" data-testid="request-group">
          <Stack gap="xs">
            <Group align="flex-start" gap="xs" wrap="nowrap">
              <TextInput label={f.groupName} withAsterisk style={{ flex: 1 }} {...form.getInputProps(`groups.${i}.name`)} />
              <DateField label={f.groupDeadline} withAsterisk data-testid="request-group-deadline" {...form.getInputProps(`groups.${i}.deadline`)} />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={f.remove}
                onClick={() => form.removeListItem('groups', i)}
                disabled={form.values.groups.length === 1}
                mt={28}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
            <UnitMultiSelect label={f.groupUnits} withAsterisk data-testid="request-group-units" {...form.getInputProps(`groups.${i}.units`)} />
            <Textarea label={f.groupRecipients} autosize minRows={2} {...form.getInputProps(`groups.${i}.recipients`)} />
          </Stack>
        </Card>
      ))}
      <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('groups', emptyGroup())} w="fit-content">
        {f.addGroup}
      </Button>
    </Stack>
  );
}
