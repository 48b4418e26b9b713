import { Alert, Badge, Card, CloseButton, Group, List, Stack, Text, type MantineColor } from '@mantine/core';
import type { Importance } from '@syt/core/metadata/types.ts';
import type { Violation } from '@syt/core/validation/violation.ts';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { formatNumber } from '../../../i18n/format.ts';
import { vi } from '../../../i18n/vi.ts';
import type { FormSection } from '../data-entry-types.ts';
import type { CheckResult } from './check-result.ts';
import { cellLabels, involvedLabel, type CellLabels } from './cell-labels.ts';

const v = vi.dataEntry.validation;
const IMPORTANCE_COLORS: Record<Importance, MantineColor> = { HIGH: 'red', MEDIUM: 'orange', LOW: 'gray' };

function ViolationItem({ violation, labels }: { violation: Violation; labels: CellLabels }) {
  return (
    <Stack gap={4} data-testid="violation" data-rule={violation.rule}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge color={IMPORTANCE_COLORS[violation.importance]} variant="light" style={{ flexShrink: 0 }}>
          {vi.metadata.importance[violation.importance]}
        </Badge>
        <Text size="sm" fw={500}>
          {violation.message}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {v.comparison(
          formatNumber(violation.left),
          vi.metadata.operators[violation.operator],
          formatNumber(violation.right),
        )}
      </Text>
      <List size="xs" spacing={2} withPadding>
        {violation.values.map((value, i) => (
          <List.Item key={i}>
            {involvedLabel(labels, value)}: <b>{value.value === null ? v.missing : formatNumber(value.value)}</b>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** Violations of the last check (or warnings left after submitting), or the rules that blocked submission. */
export function CheckResults({
  result,
  sections,
  onClose,
}: {
  result: CheckResult;
  sections: readonly FormSection[];
  onClose: () => void;
}) {
  const labels = useMemo(() => cellLabels(sections), [sections]);
  const close = <CloseButton onClick={onClose} aria-label={v.close} />;
  if (result.kind === 'blocked') {
    return (
      <Alert
        color="red"
        icon={<IconAlertTriangle size={18} />}
        title={v.blockedTitle}
        withCloseButton
        onClose={onClose}
        data-testid="submit-blocked"
      >
        <List size="sm" spacing={4}>
          {result.messages.map((message, i) => (
            <List.Item key={i}>{message}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  if (result.violations.length === 0) {
    return (
      <Alert
        color="green"
        icon={<IconCircleCheck size={18} />}
        title={v.title}
        withCloseButton
        onClose={onClose}
        data-testid="validation-ok"
      >
        {v.ok}
      </Alert>
    );
  }
  return (
    <Card withBorder radius="md" padding="md" data-testid="validation-results">
      <Group justify="space-between" mb="sm">
        <Text fw={600}>
          {v.title} · {v.count(result.violations.length)}
        </Text>
        {close}
      </Group>
      <Stack gap="md">
        {result.violations.map((violation) => (
          <ViolationItem key={violation.rule} violation={violation} labels={labels} />
        ))}
      </Stack>
    </Card>
  );
}
