import { Alert, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconLock, IconRotateClockwise } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatIsoDate, formatPeriodLabel, formatVietnamDateTime } from '../../i18n/format.ts';
import { vi } from '../../i18n/vi.ts';
import type { FormView } from './data-entry-types.ts';
import { FormStatusBadge } from './form-status-badge.tsx';

const h = vi.dataEntry.header;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {children}
      </Text>
    </div>
  );
}

/** Which form, its status, due and closing dates, who submitted or approved it, and why it is read-only or was reopened. */
export function FormHeader({ form, readOnlyReason }: { form: FormView; readOnlyReason: string | null }) {
  const { workflow, window } = form;
  // After a reopening the last submission is still on record; say it was the previous one.
  const submittedNow = workflow.status !== 'NOT_STARTED' && workflow.status !== 'IN_PROGRESS';
  const submitted = submittedNow ? h.submitted : h.lastSubmitted;
  return (
    <Card withBorder radius="md" padding="md" data-testid="form-header">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <div>
            <Title order={3} size="h4">
              {form.dataSet.name}
            </Title>
            <Text c="dimmed" size="sm">
              {form.orgUnit.name} · {formatPeriodLabel(form.period.code)}
            </Text>
          </div>
          <FormStatusBadge status={workflow.status} label={workflow.label} size="lg" testId="form-status" />
        </Group>
        <Group gap="xl" wrap="wrap">
          <Fact label={h.dueDate}>{formatIsoDate(window.dueDate)}</Fact>
          <Fact label={h.closesOn}>{formatIsoDate(window.closesOn)}</Fact>
          {workflow.submittedAt && (
            <Text size="sm" c="dimmed">
              {submitted(formatVietnamDateTime(workflow.submittedAt), workflow.submittedBy ?? '')}
            </Text>
          )}
          {workflow.approvedAt && (
            <Text size="sm" c="dimmed">
              {h.approved(formatVietnamDateTime(workflow.approvedAt), workflow.approvedBy ?? '')}
            </Text>
          )}
        </Group>
        {workflow.reopenReason && (
          <Alert
            color="yellow"
            icon={<IconRotateClockwise size={18} />}
            title={h.reopenReason}
            data-testid="reopen-reason"
          >
            {workflow.reopenReason}
          </Alert>
        )}
        {readOnlyReason && (
          <Alert
            color="gray"
            icon={<IconLock size={18} />}
            title={vi.dataEntry.readOnly.title}
            data-testid="read-only-reason"
          >
            {readOnlyReason}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
