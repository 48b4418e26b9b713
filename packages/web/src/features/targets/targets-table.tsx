import { Anchor, Badge, Button, Group, Table, Text, Tooltip, type MantineColor } from '@mantine/core';
import type { TargetView } from '@syt/core/api/targets.ts';
import type { AchievementStatus } from '@syt/core/targets/index.ts';
import { IconPaperclip } from '@tabler/icons-react';
import { formatIsoDate, formatNumber, formatPercent, formatPeriodLabel } from '../../i18n/format.ts';
import { targetsVi as t } from '../../i18n/targets.vi.ts';
import { decisionFileUrl } from './targets-api.ts';

const STATUS_COLORS: Record<AchievementStatus, MantineColor> = { EXCEEDED: 'teal', MET: 'green', NOT_MET: 'red' };

function StatusBadge({ status }: { status: AchievementStatus | null }) {
  if (status === null) return <Text size="sm">—</Text>;
  return (
    // Never cut to "Vư…": the label keeps its width in a narrow column.
    <Badge color={STATUS_COLORS[status]} variant="light" data-status={status} style={{ flexShrink: 0 }} styles={{ label: { overflow: 'visible' } }}>
      {t.statuses[status]}
    </Badge>
  );
}

const amount = (value: number, measure: string) => `${formatNumber(value)} ${measure}`;

/** The targets in force: plan, achievement to date, the year's estimate and the decision; actions for who may set them. */
export function TargetsTable({
  targets,
  canSet,
  onAdjust,
  onHistory,
}: {
  targets: TargetView[];
  canSet: boolean;
  onAdjust: (target: TargetView) => void;
  onHistory: (target: TargetView) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped verticalSpacing={6} data-testid="targets-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.columns.unit}</Table.Th>
            <Table.Th>{t.columns.item}</Table.Th>
            <Table.Th>{t.columns.target}</Table.Th>
            <Table.Th>{t.columns.actual}</Table.Th>
            <Table.Th ta="right">{t.columns.percent}</Table.Th>
            <Table.Th>{t.columns.status}</Table.Th>
            <Table.Th>{t.columns.estimate}</Table.Th>
            <Table.Th>{t.columns.decision}</Table.Th>
            <Table.Th aria-label={t.history} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {targets.map((target) => {
            const a = target.achievement;
            return (
              <Table.Tr key={target.id} data-testid="target-row" data-item={target.item.code} data-unit={target.orgUnit.code}>
                <Table.Td>{target.orgUnit.name}</Table.Td>
                <Table.Td>{target.item.name}</Table.Td>
                <Table.Td>
                  {t.targetText[target.direction]} {amount(target.value, target.measure)}
                  {target.baseline !== null && (
                    <Text size="xs" c="dimmed">
                      {t.baselineFrom(amount(target.baseline, target.measure))}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {a.actual !== null ? amount(a.actual, target.measure) : a.from ? t.noData : t.notStarted}
                  {a.from && a.to && (
                    <Text size="xs" c="dimmed">
                      {t.months(formatPeriodLabel(a.from), formatPeriodLabel(a.to))}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatPercent(a.percent)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={a.status} />
                </Table.Td>
                <Table.Td>
                  {a.estimate ? (
                    <Tooltip label={t.methods[a.estimate.method]}>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm">{amount(a.estimate.value, target.measure)}</Text>
                        <StatusBadge status={a.estimateStatus} />
                      </Group>
                    </Tooltip>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t.decisionText(target.decision.number, formatIsoDate(target.decision.date))}</Text>
                  {target.revision > 1 && (
                    <Text size="xs" c="dimmed">
                      {t.revision(target.revision)}
                    </Text>
                  )}
                  {target.decision.file && (
                    <Anchor href={decisionFileUrl(target.id)} download={target.decision.file.fileName} size="xs" data-testid="target-decision-file-link">
                      <IconPaperclip size={12} /> {t.decisionFile.signed}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="compact-xs" variant="subtle" onClick={() => onHistory(target)}>
                      {t.history}
                    </Button>
                    {canSet && (
                      <Button size="compact-xs" variant="subtle" onClick={() => onAdjust(target)} data-testid="target-adjust">
                        {t.adjust}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
