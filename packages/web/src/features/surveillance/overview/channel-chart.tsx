import { Group, Stack, Text, Title } from '@mantine/core';
import type { SurveillanceOverviewView } from '@syt/core/api/surveillance.ts';
import { useMemo } from 'react';
import { formatPeriodLabel } from '../../../i18n/format.ts';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { EChart } from '../../../ui/chart/echart.tsx';
import { channelChartOption } from './channel-chart-option.ts';

const t = survVi.overview;

/** The weekly curve of the chosen disease and unit over 52 weeks, against its channel or threshold. */
export function ChannelChart({ view }: { view: SurveillanceOverviewView }) {
  const option = useMemo(() => channelChartOption(view), [view]);
  const first = view.weeks[0];
  const last = view.weeks.at(-1);
  const alarms = view.weeks.filter((w) => w.alarm).length;
  if (!first || !last) return <Text c="dimmed">{t.noWeeks}</Text>;
  const from = formatPeriodLabel(first.period);
  const to = formatPeriodLabel(last.period);
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="baseline" wrap="wrap">
        <Title order={3} size="h4">
          {t.curveTitle(view.disease.name, view.unit.name)}
        </Title>
        <Text size="sm" c="dimmed">
          {t.method(view.methodLabel)}
        </Text>
      </Group>
      <Group gap="md">
        <Text size="sm">{t.curveRange(from, to)}</Text>
        <Text
          size="sm"
          fw={alarms > 0 ? 600 : 400}
          c={alarms > 0 ? 'red.9' : undefined}
          data-testid="surveillance-alarm-weeks"
        >
          {t.alarmWeeks(alarms)}
        </Text>
      </Group>
      <EChart
        option={option}
        height={360}
        label={t.curveLabel(view.disease.name, view.unit.name, from, to, alarms)}
        testId="surveillance-curve"
      />
    </Stack>
  );
}
