import { Table, useMatches } from '@mantine/core';
import type { GridBlock } from '@syt/core/form/section-grid.ts';
import { memo } from 'react';
import { vi } from '../../../i18n/vi.ts';
import { blockTotals } from './block-totals.ts';
import { cellId } from './cell-store.ts';
import { SumCell } from './sum-cell.tsx';
import { ValueCell } from './value-cell.tsx';

const g = vi.dataEntry.grid;
// Narrower on phones, so a two-column block (cases, deaths) fits 390 px without scrolling sideways.
const VALUE_WIDTH = { base: 76, sm: 104 };
const LABEL_MIN_WIDTH = { base: 120, sm: 180 };

/** One block of a section: the row label, then one input per column, with totals where they add up. */
export const BlockTable = memo(function BlockTable({ block, testId }: { block: GridBlock; testId: string }) {
  const totals = blockTotals(block);
  const rowIds = block.rows.map((row) => row.cells.map(cellId));
  const columnIds = block.columns.map((_, col) => rowIds.map((ids) => ids[col]!).filter(Boolean));
  const valueWidth = useMatches(VALUE_WIDTH);
  const labelMinWidth = useMatches(LABEL_MIN_WIDTH);
  const width = { w: valueWidth, miw: valueWidth };
  return (
    <Table.ScrollContainer minWidth={labelMinWidth + (block.columns.length + (totals.rows ? 1 : 0)) * valueWidth}>
      <Table withTableBorder withColumnBorders verticalSpacing={4} horizontalSpacing="xs" data-testid={testId}>
        <Table.Thead bg="gray.0">
          <Table.Tr>
            <Table.Th>{g.indicator}</Table.Th>
            {block.columns.map((column) => (
              <Table.Th key={column} ta="center" {...width}>
                {column}
              </Table.Th>
            ))}
            {totals.rows && (
              <Table.Th ta="center" {...width}>
                {g.total}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {block.rows.map((row, r) => (
            <Table.Tr key={`${row.label}-${r}`}>
              <Table.Td fz="sm">{row.label}</Table.Td>
              {row.cells.map((cell, c) => (
                <Table.Td key={cellId(cell)} p={4}>
                  <ValueCell cell={cell} label={g.cellLabel(row.label, block.columns[c] ?? '')} />
                </Table.Td>
              ))}
              {totals.rows && (
                <Table.Td bg="gray.0">
                  <SumCell ids={rowIds[r]!} testId={`${testId}-row-total`} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
          {totals.columns && (
            <Table.Tr bg="gray.0">
              <Table.Td fw={600} fz="sm">
                {g.total}
              </Table.Td>
              {columnIds.map((ids, c) => (
                <Table.Td key={block.columns[c]}>
                  <SumCell ids={ids} testId={`${testId}-column-total`} />
                </Table.Td>
              ))}
              {totals.rows && (
                <Table.Td>
                  <SumCell ids={rowIds.flat()} testId={`${testId}-grand-total`} />
                </Table.Td>
              )}
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
});
