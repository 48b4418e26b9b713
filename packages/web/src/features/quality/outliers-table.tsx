import { Badge, Checkbox, Table, Text } from '@mantine/core';
import { qualityVi } from '../../i18n/quality.vi.ts';
import type { OutlierRow } from './quality-api.ts';

const c = qualityVi.page.columns;
const count = (n: number) => n.toLocaleString('vi-VN');
const monthLabel = (period: string) => `${period.slice(4, 6)}/${period.slice(0, 4)}`;

interface Props {
  rows: readonly OutlierRow[];
  /** Staff may mark and unmark; others see the mark only. */
  canMark: boolean;
  onMark: (row: OutlierRow, followUp: boolean) => void;
}

/** The listed values: where, when, how far from the bounds, and the follow-up mark. */
export function OutliersTable({ rows, canMark, onMark }: Props) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover data-testid="outliers-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c.element}</Table.Th>
            <Table.Th>{c.unit}</Table.Th>
            <Table.Th>{c.period}</Table.Th>
            <Table.Th ta="right">{c.value}</Table.Th>
            <Table.Th ta="right">{c.bounds}</Table.Th>
            <Table.Th ta="right">{c.z}</Table.Th>
            <Table.Th>{c.followUp}</Table.Th>
            <Table.Th>{c.comment}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.dataElement}|${r.categoryOptionCombo}|${r.orgUnit}|${r.period}`}>
              <Table.Td>
                <Text size="sm">{r.dataElementName}</Text>
                {r.categoryOptionCombo !== 'default' && (
                  <Text size="xs" c="dark.4">
                    {r.categoryOptionComboName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{r.orgUnitName}</Table.Td>
              <Table.Td>{monthLabel(r.period)}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {r.outsideBounds ? (
                  <Badge color="orange" variant="light" size="lg" radius="sm">
                    {count(r.value)}
                  </Badge>
                ) : (
                  count(r.value)
                )}
              </Table.Td>
              <Table.Td ta="right">{r.min === null || r.max === null ? qualityVi.page.noBounds : `${count(r.min)} – ${count(r.max)}`}</Table.Td>
              <Table.Td ta="right">{r.z === null ? '—' : r.z.toLocaleString('vi-VN')}</Table.Td>
              <Table.Td>
                <Checkbox
                  checked={r.followUp}
                  disabled={!canMark}
                  onChange={(event) => onMark(r, event.currentTarget.checked)}
                  aria-label={qualityVi.page.followUpLabel(r.dataElementName, r.orgUnitName, monthLabel(r.period))}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{r.comment ?? ''}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
