import type { ReportKind } from '@syt/core/report/report-period.ts';
import { Table, Text } from '@mantine/core';
import type { FigureRef } from '@syt/core/report/model.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { vi } from '../../../i18n/vi.ts';
import { useFigureLabels } from './use-figure-labels.ts';

const t = vi.reports.figures;

/** The values a generated sentence states: item, span, org unit and value, one row each. */
export function FigureTable({
  figures,
  orgUnit,
  kind = 'monthly',
}: {
  figures: FigureRef[];
  orgUnit: { code: string; name: string };
  kind?: ReportKind | undefined;
}) {
  const labels = useFigureLabels(true);
  // The spans keep the month's names; a longer report's read as its period's.
  const spans = kind === 'monthly' ? t.spans : t.periodSpans;
  if (figures.length === 0) return <Text size="sm">{t.none}</Text>;
  return (
    <Table fz="sm" verticalSpacing={4} stickyHeader data-testid="figure-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.item}</Table.Th>
          <Table.Th>{t.span}</Table.Th>
          <Table.Th>{t.orgUnit}</Table.Th>
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
            {t.value}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {figures.map((figure, i) => (
          <Table.Tr key={i} data-testid="figure-row">
            <Table.Td>
              <Text size="sm">{labels.item(figure.item)}</Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {figure.item}
              </Text>
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{spans[figure.span]}</Table.Td>
            <Table.Td>{figure.orgUnit ? labels.orgUnit(figure.orgUnit) : orgUnit.name}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {figure.value === null ? (
                <Text span c="dimmed" size="sm">
                  {t.noValue}
                </Text>
              ) : (
                formatNumber(figure.value)
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
