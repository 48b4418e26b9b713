import { Alert, Badge, Card, CloseButton, Group, List, Stack, Text, type MantineColor } from '@mantine/core';
import type { Importance } from '@syt/core/metadata/types.ts';
import type { Violation } from '@syt/core/validation/violation.ts';
import { IconAlertTriangle, IconCircleCheck, IconFlag } from '@tabler/icons-react';
import { useMemo } from 'react';
import { formatNumber } from '../../../i18n/format.ts';
import { vi } from '../../../i18n/vi.ts';
import type { FormSection, OutsideBoundsValue } from '../data-entry-types.ts';
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

/** A value outside its bounds: the cell, the value against its bounds, and its comment or the lack of one. */
function OutlierItem({ outlier, labels }: { outlier: OutsideBoundsValue; labels: CellLabels }) {
  return (
    <List.Item data-testid="check-outlier" data-element={outlier.dataElement}>
      <Text span size="sm" fw={500}>
        {labels.cells.get(`${outlier.dataElement}|${outlier.categoryOptionCombo}`) ?? outlier.dataElement}
      </Text>
      <Text span size="sm">
        {': '}
        <b>{formatNumber(outlier.value)}</b> ({v.outlierBounds(formatNumber(outlier.bounds.min), formatNumber(outlier.bounds.max))})
        {' — '}
        {outlier.comment ?? v.outlierNoComment}
        {outlier.followUp && `; ${v.outlierFollowUp}`}
      </Text>
    </List.Item>
  );
}

function OutlierList({ outliers, labels }: { outliers: readonly OutsideBoundsValue[]; labels: CellLabels }) {
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <IconFlag size={16} color="var(--mantine-color-orange-8)" aria-hidden />
        <Text size="sm" fw={600}>
          {v.outliersTitle(outliers.length)}
        </Text>
      </Group>
      <List size="sm" spacing={2} withPadding>
        {outliers.map((o) => (
          <OutlierItem key={`${o.dataElement}|${o.categoryOptionCombo}`} outlier={o} labels={labels} />
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
  const outliers = result.kind === 'checked' ? result.outliers : [];
  if (result.violations.length === 0) {
    return (
      <Alert
        color={outliers.length > 0 ? 'orange' : 'green'}
        icon={<IconCircleCheck size={18} />}
        title={v.title}
        withCloseButton
        onClose={onClose}
        data-testid="validation-ok"
      >
        <Text size="sm" mb={outliers.length > 0 ? 'xs' : 0}>
          {outliers.length > 0 ? v.okWithOutliers : v.ok}
        </Text>
        {outliers.length > 0 && <OutlierList outliers={outliers} labels={labels} />}
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
        {outliers.length > 0 && <OutlierList outliers={outliers} labels={labels} />}
      </Stack>
    </Card>
  );
}
