import { Group, NumberInput, Select, Stack, type MantineSize } from '@mantine/core';
import { DEADLINE_KINDS, type TaskDeadline } from '@syt/core/api/tasks.ts';
import { vi } from '../../i18n/vi.ts';
import { DateField } from '../../ui/date-field.tsx';

export type DeadlineKind = TaskDeadline['kind'];

/** The deadline as the form holds it: every kind's inputs kept, so switching kind back loses nothing. */
export interface DeadlineValue {
  kind: DeadlineKind;
  date: string;
  day: number | string;
  month: number | string;
}

export const EMPTY_DEADLINE: DeadlineValue = { kind: 'DATE', date: '', day: 5, month: 12 };

const f = vi.tasks.form;
export const DEADLINE_KIND_OPTIONS = DEADLINE_KINDS.map((kind) => ({ value: kind, label: vi.tasks.deadlineKinds[kind] }));
// A leap year, so 29/02 is accepted as a yearly day (the server does the same).
const LEAP_YEAR = 2024;

/** The message for an incomplete deadline, or null. */
export function deadlineError(value: DeadlineValue): string | null {
  if (value.kind === 'DATE') return /^\d{4}-\d{2}-\d{2}$/.test(value.date) ? null : f.deadlineRequired;
  if (value.kind === 'ONGOING' || value.kind === 'ON_REQUEST') return null;
  const day = Number(value.day);
  if (!Number.isInteger(day) || day < 1 || day > 31) return f.dayInvalid;
  if (value.kind !== 'YEARLY') return null;
  const month = Number(value.month);
  if (!Number.isInteger(month) || month < 1 || month > 12) return f.monthInvalid;
  return day <= new Date(Date.UTC(LEAP_YEAR, month, 0)).getUTCDate() ? null : f.dayNotInMonth(day, month);
}

export function toTaskDeadline(value: DeadlineValue): TaskDeadline {
  switch (value.kind) {
    case 'DATE':
      return { kind: 'DATE', date: value.date };
    case 'MONTHLY':
    case 'QUARTERLY':
    case 'HALF_YEARLY':
      return { kind: value.kind, day: Number(value.day) };
    case 'YEARLY':
      return { kind: 'YEARLY', month: Number(value.month), day: Number(value.day) };
    case 'ONGOING':
    case 'ON_REQUEST':
      return { kind: value.kind };
  }
}

/** A stored or parsed deadline as the form holds it. */
export function deadlineValueOf(deadline: TaskDeadline): DeadlineValue {
  return {
    ...EMPTY_DEADLINE,
    kind: deadline.kind,
    ...(deadline.kind === 'DATE' ? { date: deadline.date } : {}),
    ...('day' in deadline ? { day: deadline.day } : {}),
    ...(deadline.kind === 'YEARLY' ? { month: deadline.month } : {}),
  };
}

const DAY_LABELS: Partial<Record<DeadlineKind, string>> = {
  MONTHLY: f.deadlineDay,
  QUARTERLY: f.deadlineDayQuarter,
  HALF_YEARLY: f.deadlineDayHalfYear,
  YEARLY: f.deadlineDay,
};

interface DeadlineFieldsProps {
  value: DeadlineValue;
  onChange: (value: DeadlineValue) => void;
  error?: string | null | undefined;
  size?: MantineSize;
  testId: string;
}

/** The inputs a deadline kind needs: a date, a day, or a day and a month; none for ongoing and on request. */
export function DeadlineFields({ value, onChange, error, size, testId }: DeadlineFieldsProps) {
  const dayLabel = DAY_LABELS[value.kind];
  return (
    <>
      {value.kind === 'DATE' && (
        <DateField
          label={f.deadlineDate}
          size={size}
          withAsterisk
          value={value.date}
          onChange={(date) => onChange({ ...value, date })}
          error={error}
          data-testid={`${testId}-date`}
        />
      )}
      {dayLabel && (
        <NumberInput
          label={dayLabel}
          size={size}
          min={1}
          max={31}
          allowDecimal={false}
          value={value.day}
          onChange={(day) => onChange({ ...value, day })}
          error={error}
          w={size === 'xs' ? 130 : 200}
          data-testid={`${testId}-day`}
        />
      )}
      {value.kind === 'YEARLY' && (
        <NumberInput
          label={f.deadlineMonth}
          size={size}
          min={1}
          max={12}
          allowDecimal={false}
          value={value.month}
          onChange={(month) => onChange({ ...value, month })}
          w={size === 'xs' ? 90 : 120}
          data-testid={`${testId}-month`}
        />
      )}
    </>
  );
}

interface DeadlineInputProps {
  value: DeadlineValue;
  onChange: (value: DeadlineValue) => void;
  error?: string | null;
  testId?: string;
}

/** Thời hạn: a date, a recurrence (month, quarter, half-year, year), "thường xuyên" or "khi có yêu cầu". */
export function DeadlineInput({ value, onChange, error, testId = 'deadline' }: DeadlineInputProps) {
  return (
    <Stack gap={6} data-testid={testId}>
      <Group gap="sm" align="flex-start">
        <Select
          label={f.deadlineKind}
          data={DEADLINE_KIND_OPTIONS}
          value={value.kind}
          allowDeselect={false}
          onChange={(kind) => kind && onChange({ ...value, kind: kind as DeadlineKind })}
          w={200}
          data-testid={`${testId}-kind`}
        />
        <DeadlineFields value={value} onChange={onChange} error={error} testId={testId} />
      </Group>
    </Stack>
  );
}
