import { Alert, Badge, Button, Checkbox, Drawer, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { reportCompletenessVi as ack } from '../../../i18n/report-completeness.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { reportWarningsQuery } from '../reports-queries.ts';

interface WarningsDrawerProps {
  reportId: number;
  opened: boolean;
  onClose: () => void;
  /** Shown when the drawer opens for a step: confirms it (sends the report to the leader, or approves it). */
  onFinalize?: () => void;
  finalizing: boolean;
  /** Which step the checks come before: Trình ký (staff) or Duyệt (the leader). */
  step?: 'submit' | 'approve';
  /** Forms the report lacks: finalising waits for the signer to tick that they know. */
  acknowledgement?: { missingForms: number; acknowledged: boolean; onChange: (acknowledged: boolean) => void };
}

const t = vi.reports.warnings;

/** Kiểm tra trước khi trình ký: failing validation rules and the month's forms still missing. */
export function WarningsDrawer({ reportId, opened, onClose, onFinalize, finalizing, step = 'submit', acknowledgement }: WarningsDrawerProps) {
  const warnings = useQuery({ ...reportWarningsQuery(reportId), enabled: opened });
  const data = warnings.data;
  const approve = step === 'approve';
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={approve ? t.approveTitle : t.title}
      data-testid="warnings-drawer"
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {approve ? t.approveIntro : t.intro}
        </Text>
        {warnings.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {warnings.isError && <LoadError error={warnings.error} onRetry={() => void warnings.refetch()} />}
        {data && data.violations.length === 0 && data.missingForms.length === 0 && (
          <Alert color="teal">{t.allClear}</Alert>
        )}
        {data && (
          <>
            <WarningList
              title={t.violations}
              empty={t.noViolations}
              testId="warning-violations"
              items={data.violations.map((v) => ({ unit: v.orgUnit.name, text: `: ${v.message}` }))}
            />
            <WarningList
              title={t.missingForms}
              empty={t.noMissingForms}
              testId="warning-missing-forms"
              items={data.missingForms.map((f) => ({ unit: f.orgUnit.name, text: ` — ${f.dataSet.name}: ${f.label}` }))}
            />
          </>
        )}
        {onFinalize && acknowledgement && acknowledgement.missingForms > 0 && (
          <Checkbox
            label={ack.acknowledge(acknowledgement.missingForms)}
            checked={acknowledgement.acknowledged}
            onChange={(e) => acknowledgement.onChange(e.currentTarget.checked)}
            data-testid="report-acknowledge-missing"
          />
        )}
        {onFinalize && (
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {vi.common.cancel}
            </Button>
            <Button
              onClick={onFinalize}
              loading={finalizing}
              disabled={!data || (acknowledgement !== undefined && acknowledgement.missingForms > 0 && !acknowledgement.acknowledged)}
              data-testid="report-finalize-confirm"
            >
              {approve ? t.confirmApprove : t.confirmFinalize}
            </Button>
          </Group>
        )}
      </Stack>
    </Drawer>
  );
}

interface WarningListProps {
  title: string;
  empty: string;
  testId: string;
  /** The unit in bold, then what is wrong there. */
  items: { unit: string; text: string }[];
}

/** One kind of warning: a heading with its count, then the list or a line saying there is none. */
function WarningList({ title, empty, testId, items }: WarningListProps) {
  return (
    <>
      <Group justify="space-between">
        <Title order={5}>{title}</Title>
        <Badge color={items.length ? 'orange' : 'teal'} variant="light">
          {t.count(items.length)}
        </Badge>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <List size="sm" spacing={4} data-testid={testId}>
          {items.map((item, i) => (
            <List.Item key={i}>
              <Text span fw={600} size="sm">
                {item.unit}
              </Text>
              {item.text}
            </List.Item>
          ))}
        </List>
      )}
    </>
  );
}
