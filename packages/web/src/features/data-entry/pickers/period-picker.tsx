import { Group, Select } from '@mantine/core';
import type { PeriodType } from '@syt/core/metadata/types.ts';
import { vi } from '../../../i18n/vi.ts';
import { periodAt, periodParts, positionOptions, yearOptions } from './period-options.ts';

interface PeriodPickerProps {
  periodType: PeriodType;
  value: string | undefined;
  onChange: (period: string) => void;
  /** Shown above the pair of selects. */
  label?: string;
  testId?: string;
}

// A week's option names its days (Tuần 47/2023 (20/11 – 26/11/2023)).
const POSITION_WIDTH: Record<PeriodType, number> = { Weekly: 300, Monthly: 130, Quarterly: 130, SixMonthly: 190, Yearly: 130 };

/** A period as two selects, position and year (Tháng 11 · 2023); a yearly period needs the year only. */
export function PeriodPicker({
  periodType,
  value,
  onChange,
  label = vi.dataEntry.pickers.period,
  testId,
}: PeriodPickerProps) {
  const parts = periodParts(value, periodType);
  const year = parts?.year ?? Number(yearOptions(undefined)[0]);
  const index = parts?.index ?? 1;
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap" data-testid={testId}>
      {periodType !== 'Yearly' && (
        <Select
          label={label}
          w={POSITION_WIDTH[periodType]}
          searchable={periodType === 'Weekly'}
          data={positionOptions(periodType, year)}
          value={parts ? String(index) : null}
          onChange={(next) => next && onChange(periodAt(periodType, year, Number(next)))}
          allowDeselect={false}
          maxDropdownHeight={320}
          data-testid={testId && `${testId}-position`}
        />
      )}
      <Select
        label={periodType === 'Yearly' ? label : vi.periods.year}
        w={110}
        data={yearOptions(parts?.year)}
        value={parts ? String(year) : null}
        onChange={(next) => next && onChange(periodAt(periodType, Number(next), index))}
        allowDeselect={false}
        data-testid={testId && `${testId}-year`}
      />
    </Group>
  );
}
