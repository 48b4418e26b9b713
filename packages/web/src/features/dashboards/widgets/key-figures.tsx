import { Card, Group, Loader, SimpleGrid, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { dashVi } from '../../../i18n/dashboards.vi.ts';
import { formatPeriodLabel } from '../../../i18n/format.ts';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { analyticsQuery } from '../dashboards-api.ts';
import { formatFigure, formatChange } from '../figure-format.ts';
import {
  changeTone,
  keyFigureModel,
  keyFiguresQuery,
  type KeyFigureRow,
  type KeyFigureSpec,
} from './key-figures-model.ts';
import { WidgetCard } from './widget-card.tsx';

const t = dashVi.keyFigures;
// Shade 8-9 on white keeps small text above 4.5:1.
const TONE_COLORS = { good: 'teal.9', bad: 'red.8', neutral: 'gray.7' } as const;

function Change({ row }: { row: KeyFigureRow }) {
  if (row.current === null) return null;
  if (row.previous === null)
    return (
      <Text size="sm" c="dimmed">
        {t.changeUnknown}
      </Text>
    );
  if (row.changePercent === null)
    return (
      <Text size="sm" c="dimmed">
        {t.fromZero}
      </Text>
    );
  const pct = row.changePercent;
  const Icon = pct > 0 ? IconArrowUpRight : pct < 0 ? IconArrowDownRight : IconArrowRight;
  const word = pct > 0 ? t.up : pct < 0 ? t.down : t.unchanged;
  return (
    <Group gap={4} wrap="nowrap" c={TONE_COLORS[changeTone(row)]} data-testid="key-figure-change" data-change={pct}>
      <Icon size={18} aria-hidden />
      <Text size="sm" fw={600} c="inherit">
        {pct === 0 ? word : `${word} ${formatChange(Math.abs(pct))}`}
      </Text>
    </Group>
  );
}

function FigureCard({ row, previousLabel }: { row: KeyFigureRow; previousLabel: string }) {
  return (
    <Card withBorder radius="md" padding="md" data-testid="key-figure" data-code={row.code}>
      <Text size="sm" fw={600} c="dimmed" lineClamp={2} mih={40}>
        {row.label}
      </Text>
      {row.current === null ? (
        <Text fz={22} fw={600} c="dimmed" lh={1.6} data-testid="key-figure-value" data-empty>
          {t.noData}
        </Text>
      ) : (
        <Text fz={32} fw={700} lh={1.2} data-testid="key-figure-value" data-value={row.current}>
          {formatFigure(row.current, row.decimals)}
        </Text>
      )}
      <Change row={row} />
      <Text size="xs" c="dimmed" data-testid="key-figure-previous" data-value={row.previous ?? undefined}>
        {t.sameMonthLastYear(previousLabel)}:{' '}
        {row.previous === null ? t.noDataLastYear : formatFigure(row.previous, row.decimals)}
      </Text>
    </Card>
  );
}

/** The key figures of the user's unit: this month's value, the same month last year, and the change between them. */
export function KeyFiguresWidget({ figures }: { figures: readonly KeyFigureSpec[] }) {
  const table = useQuery({ ...analyticsQuery(keyFiguresQuery(figures)), enabled: figures.length > 0 });
  const model = table.data ? keyFigureModel(table.data, figures) : null;
  const current = model?.current ? formatPeriodLabel(model.current.code) : '';
  return (
    <WidgetCard title={dashVi.widgets.keyFigures} testId="widget-keyFigures">
      {model && (
        <Text size="sm" c="dimmed" mt={-8} mb="sm" data-testid="key-figures-scope">
          {t.scope(model.unit, current)}
        </Text>
      )}
      {figures.length === 0 && <Text c="dimmed">{t.empty}</Text>}
      {table.isLoading && <Loader size="sm" aria-label={vi.common.loading} />}
      {table.isError && <LoadError error={table.error} onRetry={() => void table.refetch()} />}
      {model && (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }} spacing="sm">
          {model.rows.map((row) => (
            <FigureCard
              key={row.code}
              row={row}
              previousLabel={model.previous ? formatPeriodLabel(model.previous.code).toLocaleLowerCase('vi') : ''}
            />
          ))}
        </SimpleGrid>
      )}
    </WidgetCard>
  );
}
