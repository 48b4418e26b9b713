import type { AnalyticsTable, PivotLayout } from '@syt/core/api/analytics.ts';
import { formatPivotCell, pivotGrid, PivotLayoutError, type PivotGrid } from '@syt/core/pivot/index.ts';
import { Alert, Table, Text, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import { dashVi } from '../../i18n/dashboards.vi.ts';

const t = dashVi.favourite;

function gridOf(table: AnalyticsTable, layout: PivotLayout): { grid: PivotGrid } | { error: string } {
  try {
    return { grid: pivotGrid(table, layout) };
  } catch (error) {
    if (error instanceof PivotLayoutError) return { error: error.message };
    throw error;
  }
}

/**
 * A saved pivot table, read-only and scrolling inside its card: spanned headers, no data left blank, a total that
 * would not be true shown "—" with its reason. Sorting and layout changes belong to the analysis page.
 */
export function PivotPreview({ table, layout }: { table: AnalyticsTable; layout: PivotLayout }) {
  const result = useMemo(() => gridOf(table, layout), [table, layout]);
  if ('error' in result) return <Alert color="orange">{result.error}</Alert>;
  const { grid } = result;
  if (grid.rows.length === 0) return <Text c="dimmed">{t.noData}</Text>;
  const corner = Math.max(grid.rowDimensions.length, 1);
  return (
    <Table.ScrollContainer minWidth={360} maxHeight={420}>
      <Table withTableBorder withColumnBorders striped stickyHeader fz="sm" verticalSpacing={4} data-testid="dashboard-pivot">
        <Table.Thead>
          {grid.headerRows.map((row, r) => (
            <Table.Tr key={r}>
              {r === 0 && (
                <Table.Th rowSpan={grid.headerRows.length} colSpan={corner}>
                  {grid.rowDimensionLabels.join(' / ')}
                </Table.Th>
              )}
              {row.map((h, c) => (
                <Table.Th key={c} colSpan={h.colSpan} rowSpan={h.rowSpan} ta="center" style={{ whiteSpace: 'nowrap' }}>
                  {h.label}
                </Table.Th>
              ))}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {grid.rows.map((row) => (
            <Table.Tr key={row.key} fw={row.kind === 'item' ? undefined : 700} data-row={row.codes.join('|') || row.kind}>
              {row.headers.length === 0 && <Table.Th>{row.labels[0]}</Table.Th>}
              {row.headers.map(
                (h, i) =>
                  h && (
                    <Table.Th key={i} rowSpan={h.rowSpan} colSpan={h.colSpan} scope="row" style={{ whiteSpace: 'nowrap' }}>
                      {h.label}
                    </Table.Th>
                  ),
              )}
              {row.cells.map((cell, i) => (
                <Table.Td key={i} ta="right" data-column={grid.columns[i]!.key} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {cell.reason ? (
                    <Tooltip label={cell.reason}>
                      <span>—</span>
                    </Tooltip>
                  ) : (
                    formatPivotCell(cell)
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
