import { Select } from '@mantine/core';

interface StatusFilterProps {
  label: string;
  allLabel: string;
  statuses: Record<string, string>;
  value: string | undefined;
  onChange: (status: string | undefined) => void;
  testId: string;
}

/** A list's status filter: every status, or one. */
export function StatusFilter({ label, allLabel, statuses, value, onChange, testId }: StatusFilterProps) {
  const data = [
    { value: '', label: allLabel },
    ...Object.entries(statuses).map(([code, name]) => ({ value: code, label: name })),
  ];
  return (
    <Select
      label={label}
      data={data}
      value={value ?? ''}
      onChange={(next) => onChange(next || undefined)}
      allowDeselect={false}
      w={240}
      data-testid={testId}
    />
  );
}
