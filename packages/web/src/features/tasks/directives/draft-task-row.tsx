import { ActionIcon, Card, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import type { TaskField } from '@syt/core/api/tasks.ts';
import { IconTrash } from '@tabler/icons-react';
import { vi } from '../../../i18n/vi.ts';
import { DEADLINE_KIND_OPTIONS, DeadlineFields, deadlineError, type DeadlineKind } from '../deadline-input.tsx';
import { FIELD_OPTIONS } from '../field-options.ts';
import { UnitMultiSelect } from '../unit-pickers.tsx';
import type { DraftRow } from './draft-tasks.ts';

interface DraftTaskRowProps {
  row: DraftRow;
  /** Show missing values in red once the reviewer has tried to confirm. */
  showErrors: boolean;
  onChange: (row: DraftRow) => void;
  onRemove: () => void;
}

const f = vi.tasks.form;
const t = vi.directives.importer;

/** The unit names the text gives, those matching no org unit marked so the reviewer picks one. */
function namedUnits(row: DraftRow): string | null {
  if (row.named.length === 0) return null;
  return t.namedUnits(row.named.map((m) => (m.units.length > 0 ? m.text : t.unmatched(m.text))).join('; '));
}

/** One imported item, editable: title, field, lead units (a group gives each its own task), coordinating units, deadline. */
export function DraftTaskRow({ row, showErrors, onChange, onRemove }: DraftTaskRowProps) {
  const set = (patch: Partial<DraftRow>) => onChange({ ...row, ...patch });
  const deadline = row.deadline;
  const deadlineMessage = showErrors ? deadlineError(deadline) : null;
  const named = namedUnits(row);
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
          <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={t.remove} mt={4}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
        <Group gap="xs" align="flex-start" wrap="wrap">
          <Select label={f.field} size="xs" data={FIELD_OPTIONS} value={row.field} allowDeselect={false} onChange={(field) => field && set({ field: field as TaskField })} w={210} />
          <UnitMultiSelect
            label={f.lead}
            size="xs"
            withAsterisk
            value={row.leads}
            onChange={(leads) => set({ leads })}
            w={260}
            error={showErrors && row.leads.length === 0 ? f.leadRequired : undefined}
            data-testid="draft-task-leads"
          />
          <UnitMultiSelect label={f.coordinating} size="xs" value={row.coordinating} onChange={(coordinating) => set({ coordinating })} w={240} />
          <Select label={f.deadlineKind} size="xs" data={DEADLINE_KIND_OPTIONS} value={deadline.kind} allowDeselect={false} onChange={(kind) => kind && set({ deadline: { ...deadline, kind: kind as DeadlineKind } })} w={160} />
          <DeadlineFields value={deadline} onChange={(next) => set({ deadline: next })} error={deadlineMessage} size="xs" testId="draft-task-deadline" />
        </Group>
        {(named || row.deadlineText) && (
          <Text size="xs" c="dimmed" data-testid="draft-task-read">
            {[named, row.deadlineText ? t.deadlineRead(row.deadlineText) : null].filter(Boolean).join(' · ')}
          </Text>
        )}
        {row.leads.length > 1 && (
          <Text size="xs" c="dimmed">
            {t.leadHint}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
