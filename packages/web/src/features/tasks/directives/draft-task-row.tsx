import { ActionIcon, Card, Group, NumberInput, Select, Stack, Textarea } from '@mantine/core';
import type { TaskField } from '@syt/core/api/tasks.ts';
import { IconTrash } from '@tabler/icons-react';
import { vi } from '../../../i18n/vi.ts';
import { deadlineError, type DeadlineKind } from '../deadline-input.tsx';
import { FIELD_OPTIONS } from '../field-options.ts';
import { UnitMultiSelect, UnitSelect } from '../unit-pickers.tsx';
import type { DraftRow } from './draft-tasks.ts';
import { DateField } from '../../../ui/date-field.tsx';

interface DraftTaskRowProps {
  row: DraftRow;
  /** Show missing values in red once the reviewer has tried to confirm. */
  showErrors: boolean;
  onChange: (row: DraftRow) => void;
  onRemove: () => void;
}

const f = vi.tasks.form;
const KIND_OPTIONS = (['DATE', 'MONTHLY', 'QUARTERLY', 'ONGOING'] as const).map((kind) => ({ value: kind, label: vi.tasks.deadlineKinds[kind] }));

/** One imported item, editable: title, field, lead and coordinating units, deadline. */
export function DraftTaskRow({ row, showErrors, onChange, onRemove }: DraftTaskRowProps) {
  const set = (patch: Partial<DraftRow>) => onChange({ ...row, ...patch });
  const deadline = row.deadline;
  const deadlineMessage = showErrors ? deadlineError(deadline) : null;
  return (
    <Card withBorder radius="sm" padding="sm" data-testid="draft-task-row">
      <Stack gap="xs">
        <Group align="flex-start" wrap="nowrap" gap="xs">
          <Textarea
            aria-label={f.title}
            value={row.title}
            onChange={(event) => set({ title: event.currentTarget.value })}
            autosize
            minRows={1}
            style={{ flex: 1 }}
            error={showErrors && !row.title.trim() ? f.titleRequired : undefined}
          />
          <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={vi.directives.importer.remove} mt={4}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
        <Group gap="xs" align="flex-start" wrap="wrap">
          <Select label={f.field} size="xs" data={FIELD_OPTIONS} value={row.field} allowDeselect={false} onChange={(field) => field && set({ field: field as TaskField })} w={210} />
          <UnitSelect label={f.lead} size="xs" withAsterisk value={row.lead} onChange={(lead) => set({ lead })} w={200} error={showErrors && !row.lead ? f.leadRequired : undefined} />
          <UnitMultiSelect label={f.coordinating} size="xs" value={row.coordinating} onChange={(coordinating) => set({ coordinating })} w={240} />
          <Select label={f.deadlineKind} size="xs" data={KIND_OPTIONS} value={deadline.kind} allowDeselect={false} onChange={(kind) => kind && set({ deadline: { ...deadline, kind: kind as DeadlineKind } })} w={140} />
          {deadline.kind === 'DATE' && (
            <DateField label={f.deadlineDate} size="xs" value={deadline.date} onChange={(date) => set({ deadline: { ...deadline, date } })} error={deadlineMessage} />
          )}
          {(deadline.kind === 'MONTHLY' || deadline.kind === 'QUARTERLY') && (
            <NumberInput label={f.deadlineDay} size="xs" min={1} max={31} allowDecimal={false} value={deadline.day} onChange={(day) => set({ deadline: { ...deadline, day } })} w={110} error={deadlineMessage} />
          )}
        </Group>
      </Stack>
    </Card>
  );
}
