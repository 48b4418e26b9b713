import { Group, Input, NumberInput, SegmentedControl, Stack } from '@mantine/core';
import type { TaskDeadline } from '@syt/core/api/tasks.ts';
import { vi } from '../../i18n/vi.ts';
import { DateField } from '../../ui/date-field.tsx';

export type DeadlineKind = TaskDeadline['kind'];

/** The deadline as the form holds it: every kind's inputs kept, so switching kind back loses nothing. */
export interface DeadlineValue {
  kind: DeadlineKind;
  date: string;
  day: number | string;
}

export const EMPTY_DEADLINE: DeadlineValue = { kind: 'DATE', date: '', day: 5 };

const f = vi.tasks.form;

/** The message for an incomplete deadline, or null. */
export function deadlineError(value: DeadlineValue): string | null {
  if (value.kind === 'DATE') return /^\d{4}-\d{2}-\d{2}$/.test(value.date) ? null : f.deadlineRequired;
  if (value.kind === 'ONGOING') return null;
  const day = Number(value.day);
  return Number.isInteger(day) && day >= 1 && day <= 31 ? null : f.dayInvalid;
}

export function toTaskDeadline(value: DeadlineValue): TaskDeadline {
  switch (value.kind) {
    case 'DATE':
      return { kind: 'DATE', date: value.date };
    case 'MONTHLY':
    case 'QUARTERLY':
      return { kind: value.kind, day: Number(value.day) };
    case 'ONGOING':
      return { kind: 'ONGOING' };
  }
}

interface DeadlineInputProps {
  value: DeadlineValue;
  onChange: (value: DeadlineValue) => void;
  error?: string | null;
  testId?: string;
}

/** Thời hạn: a date, a day of each month, a day of each quarter's last month, or "thường xuyên". */
export function DeadlineInput({ value, onChange, error, testId = 'deadline' }: DeadlineInputProps) {
  const kinds = (['DATE', 'MONTHLY', 'QUARTERLY', 'ONGOING'] as const).map((kind) => ({
    value: kind,
    label: vi.tasks.deadlineKinds[kind],
  }));
  return (
    <Stack gap={6} data-testid={testId}>
      <Input.Label>{f.deadlineKind}</Input.Label>
      <SegmentedControl
        data={kinds}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: kind as DeadlineKind })}
        data-testid={`${testId}-kind`}
      />
      <Group gap="sm" align="flex-start">
        {value.kind === 'DATE' && (
          <DateField
            label={f.deadlineDate}
            withAsterisk
            value={value.date}
            onChange={(date) => onChange({ ...value, date })}
            error={error}
            data-testid={`${testId}-date`}
          />
        )}
        {(value.kind === 'MONTHLY' || value.kind === 'QUARTERLY') && (
          <NumberInput
            label={value.kind === 'MONTHLY' ? f.deadlineDay : f.deadlineDayQuarter}
            min={1}
            max={31}
            allowDecimal={false}
            value={value.day}
            onChange={(day) => onChange({ ...value, day })}
            error={error}
            w={200}
            data-testid={`${testId}-day`}
          />
        )}
      </Group>
    </Stack>
  );
}
