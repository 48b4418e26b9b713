import { Button, Card, Group, Loader, Modal, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { RequestView } from '@syt/core/api/requests.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { targetsVi } from '../../../i18n/targets.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { errorMessage, fieldDetails } from '../../../lib/form-errors.ts';
import { serverToday } from '../../../lib/server-clock.ts';
import { DateField } from '../../../ui/date-field.tsx';
import { LoadError } from '../../../ui/load-error.tsx';
import { useCurrentUser } from '../../auth/use-current-user.ts';
import { notifyDone } from '../../reports/notify.ts';
import { targetKeys } from '../targets-api.ts';
import { ProposalGrid } from './proposal-grid.tsx';
import { approveProposals, proposalGridQuery } from './round-api.ts';

const r = targetsVi.round;
const ENTER = new Set(['admin', 'staff', 'reporter']);
const SETTERS = new Set(['admin', 'staff']);

/** Giao chỉ tiêu: the department's decision that makes the sent proposals targets. */
function ApproveButton({ requestId }: { requestId: number }) {
  const [opened, { open, close }] = useDisclosure(false);
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(serverToday());
  const queryClient = useQueryClient();
  const approve = useMutation({
    mutationFn: () => approveProposals(requestId, { number: number.trim(), date }),
    onSuccess: (answer) => {
      void queryClient.invalidateQueries({ queryKey: ['target-round', requestId] });
      void queryClient.invalidateQueries({ queryKey: targetKeys.all });
      notifyDone(r.approved(answer.targets, answer.units, answer.awaitingAgreement));
      close();
    },
  });
  const fieldError = (field: string) => fieldDetails(approve.error, [field])[0]?.message;
  const placed = fieldDetails(approve.error, ['decision.number', 'decision.date']).length > 0;
  return (
    <>
      <Button onClick={open} data-testid="round-approve">
        {r.approve}
      </Button>
      <Modal opened={opened} onClose={close} title={r.approveTitle} centered>
        <Stack gap="sm">
          <Text size="sm">{r.approveIntro}</Text>
          {approve.isError && !placed && (
            <Text size="sm" c="red.8" role="alert">
              {errorMessage(approve.error, vi.errors.unexpected)}
            </Text>
          )}
          <TextInput
            label={targetsVi.form.decisionNumber}
            description={targetsVi.form.decisionNumberHint}
            withAsterisk
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            error={fieldError('decision.number')}
            data-testid="round-decision-number"
          />
          <DateField label={targetsVi.form.decisionDate} withAsterisk value={date} onChange={setDate} error={fieldError('decision.date')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {vi.common.cancel}
            </Button>
            <Button loading={approve.isPending} disabled={!number.trim() || !date} onClick={() => approve.mutate()} data-testid="round-approve-confirm">
              {r.approve}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

/** A request's target round: the chosen unit's grid (its own for a unit's user) and, for the department, approval. */
export function TargetRoundPanel({ request }: { request: RequestView }) {
  const user = useCurrentUser();
  const units = request.submissions.map((s) => s.unit);
  const [unit, setUnit] = useState(() => units.find((u) => u.code === user.orgUnit.code)?.code ?? units[0]?.code ?? '');
  const grid = useQuery({ ...proposalGridQuery(request.id, unit), enabled: unit !== '' });
  return (
    <Card withBorder radius="md" padding="lg" data-testid="target-round">
      <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
        <Title order={3} size="h5">
          {grid.data ? r.title(grid.data.year) : targetsVi.title}
        </Title>
        <Group align="flex-end">
          {units.length > 1 && (
            <Select
              label={r.unit}
              data={units.map((u) => ({ value: u.code, label: u.name }))}
              value={unit}
              onChange={(code) => code && setUnit(code)}
              allowDeselect={false}
              w={240}
              data-testid="round-unit"
            />
          )}
          {SETTERS.has(user.role) && <ApproveButton requestId={request.id} />}
        </Group>
      </Group>
      {grid.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
      {grid.isError && <LoadError error={grid.error} onRetry={() => void grid.refetch()} />}
      {grid.data && <ProposalGrid key={`${unit}|${grid.data.status}`} requestId={request.id} grid={grid.data} editable={ENTER.has(user.role)} />}
    </Card>
  );
}
