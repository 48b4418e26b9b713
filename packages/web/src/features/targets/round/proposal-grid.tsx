import { Alert, Badge, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import type { ProposalGrid as Grid, ProposalInput } from '@syt/core/api/target-round.ts';
import { TARGET_DIRECTIONS, type TargetDirection } from '@syt/core/targets/index.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatNumber, formatPercent } from '../../../i18n/format.ts';
import { targetsVi } from '../../../i18n/targets.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage, fieldDetails } from '../../../lib/form-errors.ts';
import { notifyDone } from '../../reports/notify.ts';
import { roundKeys, saveProposals, submitProposals } from './round-api.ts';

const t = targetsVi;
const r = targetsVi.round;

interface Row {
  item: string;
  direction: TargetDirection;
  value: number | string;
  measure: string;
  baseline: number | string;
  note: string;
}

/** The grid's rows as the unit last saved them, or ready to fill from this year's target. */
function rowsOf(grid: Grid): Row[] {
  return grid.rows.map(({ item, current, proposal }) => ({
    item: item.code,
    direction: proposal?.direction ?? current?.direction ?? 'AT_LEAST',
    value: proposal?.value ?? '',
    measure: proposal?.measure ?? current?.measure ?? '',
    baseline: proposal?.baseline ?? '',
    note: proposal?.note ?? '',
  }));
}

/** Rows with a value and a unit of measure go to the server; a blank row is simply not proposed yet. */
function toInput(rows: Row[]): ProposalInput[] {
  return rows
    .filter((row) => row.value !== '' && row.measure.trim())
    .map((row) => ({
      item: row.item,
      direction: row.direction,
      value: Number(row.value),
      measure: row.measure.trim(),
      baseline: row.direction === 'REDUCE_BY' && row.baseline !== '' ? Number(row.baseline) : null,
      note: row.note.trim() || null,
    }));
}

/** A unit's proposals for the round's year: this year's target and achievement beside each item, drafts, sending. */
export function ProposalGrid({ requestId, grid, editable }: { requestId: number; grid: Grid; editable: boolean }) {
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => rowsOf(grid));
  const open = editable && (grid.status === 'NOT_STARTED' || grid.status === 'DRAFT');
  const settle = (next: Grid) => {
    queryClient.setQueryData(roundKeys.grid(requestId, grid.unit.code), next);
    setRows(rowsOf(next));
  };
  const save = useMutation({
    mutationFn: () => saveProposals(requestId, { unit: grid.unit.code, rows: toInput(rows) }),
    onSuccess: (next) => {
      settle(next);
      notifyDone(r.saved);
    },
  });
  const send = useMutation({
    mutationFn: async () => {
      await saveProposals(requestId, { unit: grid.unit.code, rows: toInput(rows) });
      return submitProposals(requestId, grid.unit.code);
    },
    onSuccess: (next) => {
      settle(next);
      void queryClient.invalidateQueries({ queryKey: ['requests'] });
      notifyDone(r.submitted);
    },
  });
  const error = save.error ?? send.error;
  const rowError = (i: number, field: string) => fieldDetails(error, [`rows.${i}.${field}`])[0]?.message;
  const update = (i: number, patch: Partial<Row>) => setRows((all) => all.map((row, j) => (j === i ? { ...row, ...patch } : row)));

  return (
    <Stack gap="sm" data-testid="proposal-grid">
      <Group justify="space-between">
        <Text fw={600}>{grid.unit.name}</Text>
        <Badge variant="light" data-testid="proposal-status">
          {r.statuses[grid.status]}
        </Badge>
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {errorMessage(error, vi.errors.unexpected)}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing={6} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.columns.item}</Table.Th>
              <Table.Th>{r.current(grid.year - 1)}</Table.Th>
              <Table.Th>{t.form.direction}</Table.Th>
              <Table.Th>{t.form.value}</Table.Th>
              <Table.Th>{t.form.measure}</Table.Th>
              <Table.Th>{t.form.baseline}</Table.Th>
              <Table.Th>{r.note}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.rows.map(({ item, current, proposal, agreedBy, agreement }, i) => {
              const row = rows[i]!;
              return (
                <Table.Tr key={item.code} data-testid="proposal-row" data-item={item.code}>
                  <Table.Td>
                    <Text size="sm">{item.name}</Text>
                    {agreedBy && proposal && proposal.status !== 'DRAFT' && (
                      <Text size="xs" c={agreement ? 'teal.8' : 'orange.8'} data-testid="proposal-agreement">
                        {agreement
                          ? `${r.agreedBy(agreedBy.name)}: ${formatNumber(agreement.value)} ${proposal.measure}${agreement.note ? ` (${agreement.note})` : ''}`
                          : r.awaitingAgreement(agreedBy.name)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {current ? (
                      <>
                        <Text size="sm">
                          {t.targetText[current.direction]} {formatNumber(current.value)} {current.measure}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t.columns.actual}: {current.achievement.actual === null ? t.noData : formatNumber(current.achievement.actual)} (
                          {formatPercent(current.achievement.percent)})
                        </Text>
                      </>
                    ) : (
                      <Text size="sm">{r.noCurrent}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`${t.form.direction}: ${item.name}`}
                      data={TARGET_DIRECTIONS.map((d) => ({ value: d, label: t.directions[d] }))}
                      value={row.direction}
                      onChange={(d) => d && update(i, { direction: d as TargetDirection })}
                      allowDeselect={false}
                      disabled={!open}
                      w={120}
                      data-testid="proposal-direction"
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${t.form.value}: ${item.name}`}
                      value={row.value}
                      onChange={(v) => update(i, { value: v })}
                      decimalSeparator=","
                      thousandSeparator="."
                      disabled={!open}
                      w={130}
                      data-testid="proposal-value"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`${t.form.measure}: ${item.name}`}
                      value={row.measure}
                      onChange={(e) => update(i, { measure: e.currentTarget.value })}
                      disabled={!open}
                      w={110}
                      data-testid="proposal-measure"
                    />
                  </Table.Td>
                  <Table.Td>
                    {row.direction === 'REDUCE_BY' && (
                      <NumberInput
                        aria-label={`${t.form.baseline}: ${item.name}`}
                        value={row.baseline}
                        onChange={(v) => update(i, { baseline: v })}
                        decimalSeparator=","
                        disabled={!open}
                        error={rowError(i, 'baseline')}
                        w={110}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`${r.note}: ${item.name}`}
                      value={row.note}
                      onChange={(e) => update(i, { note: e.currentTarget.value })}
                      disabled={!open}
                      error={rowError(i, 'item')}
                    />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {open && (
        <Group justify="flex-end">
          <Button variant="default" loading={save.isPending} onClick={() => save.mutate()} data-testid="proposal-save">
            {r.save}
          </Button>
          <Button loading={send.isPending} onClick={() => send.mutate()} data-testid="proposal-submit">
            {r.submit}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
