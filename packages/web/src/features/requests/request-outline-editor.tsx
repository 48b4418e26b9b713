import { ActionIcon, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { vi } from '../../i18n/vi.ts';
import { emptyDeliverable, emptySection, type RequestValues } from './request-form-values.ts';

const f = vi.requests.form;

/** Đề cương (numbered sections with guidance) and the files each unit sends. */
export function RequestOutlineEditor({ form }: { form: UseFormReturnType<RequestValues> }) {
  return (
    <Stack gap="sm">
      <Text fw={600}>{f.outline}</Text>
      {form.values.outline.map((section, i) => (
        <Group key={section.key} align="flex-start" gap="xs" wrap="nowrap">
          <TextInput aria-label={f.sectionNumber} placeholder={f.sectionNumber} w={80} {...form.getInputProps(`outline.${i}.number`)} />
          <Stack gap={4} style={{ flex: 1 }}>
            <TextInput aria-label={f.sectionTitle} placeholder={f.sectionTitle} {...form.getInputProps(`outline.${i}.title`)} />
            <Textarea aria-label={f.sectionGuidance} placeholder={f.sectionGuidance} autosize minRows={1} {...form.getInputProps(`outline.${i}.guidance`)} />
          </Stack>
          <ActionIcon variant="subtle" color="red" aria-label={f.remove} onClick={() => form.removeListItem('outline', i)} mt={4}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('outline', emptySection())} w="fit-content">
        {f.addSection}
      </Button>
      <Text fw={600}>{f.deliverables}</Text>
      {form.values.deliverables.map((deliverable, i) => (
        <Group key={deliverable.key} gap="xs" wrap="nowrap">
          <TextInput aria-label={f.deliverableTitle} placeholder={f.deliverableTitle} style={{ flex: 1 }} {...form.getInputProps(`deliverables.${i}.title`)} />
          <ActionIcon variant="subtle" color="red" aria-label={f.remove} onClick={() => form.removeListItem('deliverables', i)}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('deliverables', emptyDeliverable())} w="fit-content">
        {f.addDeliverable}
      </Button>
    </Stack>
  );
}
