import { Card, SimpleGrid, Text, type MantineColor } from '@mantine/core';
import type { CompletenessSummary as Summary } from '@syt/core/completeness/index.ts';
import { formatPercent } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';

const c = vi.completeness;

// Shade 8-9 on white: the 32 px figures need 3:1 contrast (WCAG AA large text); green 7 gave 2.76:1.
function Stat({
  label,
  value,
  hint,
  color,
  testId,
}: {
  label: string;
  value: string;
  hint: string;
  color: MantineColor;
  testId: string;
}) {
  return (
    <Card withBorder radius="md" padding="md" data-testid={testId}>
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={32} fw={700} c={color} lh={1.2}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Card>
  );
}

/** Tỷ lệ báo cáo, Đúng hạn (percent with a decimal comma) and the number overdue. */
export function CompletenessSummaryCards({ summary }: { summary: Summary }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" mb="md">
      <Stat
        label={c.reportingRate}
        value={formatPercent(summary.reportingRate)}
        hint={c.submittedOf(summary.submitted, summary.expected)}
        color="teal.8"
        testId="reporting-rate"
      />
      <Stat
        label={c.onTimeRate}
        value={formatPercent(summary.onTimeRate)}
        hint={c.onTimeOf(summary.onTime, summary.expected)}
        color="green.9"
        testId="on-time-rate"
      />
      <Stat
        label={c.overdue}
        value={String(summary.overdue)}
        hint={c.overdueHint}
        color={summary.overdue > 0 ? 'red.7' : 'gray.7'}
        testId="overdue-count"
      />
    </SimpleGrid>
  );
}
