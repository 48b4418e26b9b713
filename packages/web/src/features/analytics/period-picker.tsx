import { Group, MultiSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { RELATIVE_PERIODS, type RelativePeriod } from '@syt/core/api/analytics.ts';
import { useState } from 'react';
import { analyticsVi as t } from '../../i18n/analytics.vi.ts';
import { serverToday } from '../../lib/server-clock.ts';
import { readPeriods, writePeriods, type FixedPeriodType, type PeriodSelection } from './period-codes.ts';

const FIRST_YEAR = 2010;

/** The period dimension: a type (month, quarter, year), the years and parts of them, and relative periods. */
export function PeriodPicker({ value, onChange }: { value: string[]; onChange: (value: string[]) => void }) {
  const read = readPeriods(value);
  // The type stays as chosen while no year is picked yet.
  const [chosenType, setChosenType] = useState<FixedPeriodType>(read.type ?? 'month');
  const type = read.type ?? chosenType;
  const thisYear = Number(serverToday().slice(0, 4));
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  const partCount = type === 'month' ? 12 : type === 'quarter' ? 4 : 0;
  const partLabel = (n: number) => (type === 'month' ? t.periods.month(n) : `${t.periods.types.quarter} ${n}`);
  const change = (next: Partial<PeriodSelection>) => onChange(writePeriods({ ...read, type, ...next }));

  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t.periods.type}
          </Text>
          <SegmentedControl
            value={type}
            onChange={(next) => {
              setChosenType(next as FixedPeriodType);
              change({ type: next as FixedPeriodType, parts: [] });
            }}
            data={(['month', 'quarter', 'year'] as const).map((v) => ({ value: v, label: t.periods.types[v] }))}
            data-testid="analytics-period-type"
          />
        </Stack>
        <MultiSelect
          label={t.periods.years}
          data={years}
          value={read.years.map(String)}
          onChange={(picked) => change({ years: picked.map(Number).sort((a, b) => a - b) })}
          searchable
          hidePickedOptions
          miw={220}
          style={{ flex: 1 }}
          data-testid="analytics-years"
        />
        {partCount > 0 && (
          <MultiSelect
            label={type === 'month' ? t.periods.months : t.periods.quarters}
            placeholder={read.parts.length ? undefined : type === 'month' ? t.periods.monthsPlaceholder : t.periods.quartersPlaceholder}
            data={Array.from({ length: partCount }, (_, i) => ({ value: String(i + 1), label: partLabel(i + 1) }))}
            value={read.parts.map(String)}
            onChange={(picked) => change({ parts: picked.map(Number).sort((a, b) => a - b) })}
            hidePickedOptions
            miw={200}
            style={{ flex: 1 }}
            data-testid="analytics-parts"
          />
        )}
      </Group>
      <MultiSelect
        label={t.periods.relative}
        placeholder={read.relative.length ? undefined : t.periods.relativePlaceholder}
        data={RELATIVE_PERIODS.map((p) => ({ value: p, label: t.periods.relativeNames[p] }))}
        value={read.relative}
        onChange={(picked) => change({ relative: picked as RelativePeriod[] })}
        hidePickedOptions
        data-testid="analytics-relative"
      />
    </Stack>
  );
}
