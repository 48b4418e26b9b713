import { Table } from '@mantine/core';
import type { CSSProperties } from 'react';
import type { MetadataColumn } from './metadata-types.ts';

function cellStyle<T>(column: MetadataColumn<T>): CSSProperties {
  return { whiteSpace: column.nowrap ? 'nowrap' : undefined, minWidth: column.minWidth };
}

interface MetadataTableProps<T> {
  items: readonly T[];
  columns: readonly MetadataColumn<T>[];
  rowKey: (item: T, index: number) => string;
}

/** The rows of a metadata list; each row carries `data-testid="metadata-row"`. */
export function MetadataTable<T>({ items, columns, rowKey }: MetadataTableProps<T>) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="metadata-table">
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header} style={{ whiteSpace: 'nowrap' }}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, index) => (
            <Table.Tr key={rowKey(item, index)} data-testid="metadata-row">
              {columns.map((column) => (
                <Table.Td key={column.header} style={cellStyle(column)}>
                  {column.render(item)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
