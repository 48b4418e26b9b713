import { Card, Stack, Table, Text, Title } from '@mantine/core';
import type { OutbreakView } from '@syt/core/api/surveillance.ts';
import { useMemo } from 'react';
import { formatIsoDate, formatNumber } from '../../../i18n/format.ts';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { EChart } from '../../../ui/chart/echart.tsx';
import { AddCasesForm } from './add-cases-form.tsx';
import { casesChartOption } from './cases-chart-option.ts';

const t = survVi.outbreaks.cases;

/** Số ca theo ngày: a small bar chart, the entries as a table, and the form for a day's cases. */
export function OutbreakCases({ outbreak }: { outbreak: OutbreakView }) {
  const option = useMemo(() => casesChartOption(outbreak.cases), [outbreak.cases]);
  const entries = [...outbreak.cases].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t.title}
        </Title>
        {entries.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t.none}
          </Text>
        ) : (
          <>
            <EChart
              option={option}
              height={220}
              label={t.chartLabel(outbreak.totalCases)}
              testId="outbreak-cases-chart"
            />
            <Table.ScrollContainer minWidth={420} mah={260}>
              <Table verticalSpacing={4} data-testid="outbreak-cases-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t.date}</Table.Th>
                    <Table.Th ta="right">{t.count}</Table.Th>
                    <Table.Th>{t.by}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{formatIsoDate(c.date)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(c.count)}</Table.Td>
                      <Table.Td>{c.createdBy}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        )}
        {outbreak.can.addCases && <AddCasesForm outbreakId={outbreak.id} />}
      </Stack>
    </Card>
  );
}
