import { Alert, Group, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { AnalyticsTable, PivotLayout } from '@syt/core/api/analytics.ts';
// The grid's own modules, not the folder's index: that one also brings the CSV writer, which needs Node's Buffer.
import { formatPivotCell } from '@syt/core/pivot/format.ts';
import { pivotGrid, TOTAL_COLUMN } from '@syt/core/pivot/pivot-grid.ts';
import { PivotLayoutError, type PivotCell, type PivotGrid, type PivotHeaderCell } from '@syt/core/pivot/pivot-types.ts';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useMemo } from 'react';
import { analyticsVi as t } from '../../i18n/analytics.vi.ts';
import classes from './pivot-view.module.css';

interface PivotViewProps {
  table: AnalyticsTable;
  layout: PivotLayout;
  /** Sorting by a click on a column header; a read-only table (on a dashboard) has none. */
  onChange?: (layout: PivotLayout) => void;
}

/** The grid of a layout, or why the layout does not fit the table. */
function useGrid(table: AnalyticsTable, layout: PivotLayout): { grid: PivotGrid } | { error: string } {
  return useMemo(() => {
    try {
      return { grid: pivotGrid(table, layout) };
    } catch (error) {
      if (error instanceof PivotLayoutError) return { error: error.message };
      throw error;
    }
  }, [table, layout]);
}

/**
 * The pivot table: spanned headers, "—" for no data, a tooltip where a total is not a sum;
 * a click on a column header sorts the rows by it.
 */
export function PivotView({ table, layout, onChange }: PivotViewProps) {
  const result = useGrid(table, layout);
  if ('error' in result)
    return (
      <Alert color="orange" title={t.layout.invalid} data-testid="analytics-layout-error">
        {result.error}
      </Alert>
    );
  const { grid } = result;
  const cycle = (key: string) => {
    const sort = layout.sort?.column === key ? layout.sort : null;
    const next = !sort ? { column: key, direction: 'desc' as const } : sort.direction === 'desc' ? { column: key, direction: 'asc' as const } : null;
    onChange?.({ ...layout, sort: next });
  };
  // The leaf header cells, in column order: the last header row's items, and the total spanning every row.
  const leafKeys = new Map<PivotHeaderCell, string>();
  const items = grid.columns.filter((c) => c.kind === 'item');
  if (onChange) {
    grid.headerRows.at(-1)!.filter((h) => h.kind === 'item').forEach((h, i) => items[i] && leafKeys.set(h, items[i]!.key));
    grid.headerRows[0]!.filter((h) => h.kind === 'total').forEach((h) => leafKeys.set(h, TOTAL_COLUMN));
  }
  const corner = Math.max(grid.rowDimensions.length, 1);
  const sticky = grid.rowDimensions.length <= 1 ? ` ${classes.sticky}` : '';

  return (
    <>
      {grid.filters.length > 0 && (
        <Group gap="lg">
          {grid.filters.map((f) => (
            <Text size="sm" key={f.dimension}>
              <b>{t.dimensions[f.dimension]}:</b> {f.label}
            </Text>
          ))}
        </Group>
      )}
      {table.cells.length === 0 || grid.rows.length === 0 ? (
        <Text c="dimmed">{t.table.empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={400} maxHeight={640}>
          <Table withTableBorder withColumnBorders striped highlightOnHover stickyHeader className={classes.pivot} data-testid="pivot-table">
            <caption className={classes.caption}>{t.table.caption}</caption>
            <Table.Thead>
              {grid.headerRows.map((row, r) => (
                <Table.Tr key={r}>
                  {r === 0 && (
                    <Table.Th rowSpan={grid.headerRows.length} colSpan={corner} className={classes.corner + sticky}>
                      {grid.rowDimensionLabels.join(' / ')}
                    </Table.Th>
                  )}
                  {row.map((h, c) => (
                    <HeaderCell key={c} header={h} sortKey={leafKeys.get(h)} layout={layout} onSort={cycle} />
                  ))}
                </Table.Tr>
              ))}
            </Table.Thead>
            <Table.Tbody>
              {grid.rows.map((row) => (
                <Table.Tr key={row.key} className={row.kind === 'item' ? undefined : classes.totalRow} data-row={row.key} data-kind={row.kind}>
                  {row.headers.length === 0 && <Table.Th>{t.table.value}</Table.Th>}
                  {row.headers.map(
                    (h, i) =>
                      h && (
                        <Table.Th key={i} rowSpan={h.rowSpan} colSpan={h.colSpan} scope="row" className={classes.rowHeader + sticky}>
                          {h.label}
                        </Table.Th>
                      ),
                  )}
                  {row.cells.map((cell, i) => (
                    <Table.Td key={i} className={classes.value} data-column={grid.columns[i]!.key}>
                      <Value cell={cell} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

interface HeaderCellProps {
  header: PivotHeaderCell;
  sortKey: string | undefined;
  layout: PivotLayout;
  onSort: (key: string) => void;
}

function HeaderCell({ header, sortKey, layout, onSort }: HeaderCellProps) {
  const label = header.label;
  if (sortKey === undefined)
    return (
      <Table.Th colSpan={header.colSpan} rowSpan={header.rowSpan} className={classes.columnHeader}>
        {label}
      </Table.Th>
    );
  const sorted = layout.sort?.column === sortKey ? layout.sort.direction : null;
  const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th
      colSpan={header.colSpan}
      rowSpan={header.rowSpan}
      className={classes.columnHeader}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
    >
      <UnstyledButton onClick={() => onSort(sortKey)} title={t.table.sortBy(label)} className={classes.sortButton}>
        {label}
        <Icon size={12} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}

/** A figure; "—" for no data, and for a total that would not be true with the reason as a tooltip. */
function Value({ cell }: { cell: PivotCell }) {
  if (cell.reason !== null)
    return (
      <Tooltip label={cell.reason} multiline maw={320} withArrow>
        <span className={classes.refused} tabIndex={0} aria-label={cell.reason}>
          {t.table.noData}
        </span>
      </Tooltip>
    );
  if (cell.value === null)
    return (
      <span className={classes.empty} title={t.table.noDataHint}>
        {t.table.noData}
      </span>
    );
  return <>{formatPivotCell(cell)}</>;
}
