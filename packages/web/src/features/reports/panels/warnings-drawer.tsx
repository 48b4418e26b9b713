import { Alert, Badge, Button, Drawer, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { reportWarningsQuery } from '../reports-queries.ts';

interface WarningsDrawerProps {
  reportId: number;
  opened: boolean;
  onClose: () => void;
  /** Shown when the user may finalise: sends the report for signature. */
  onFinalize?: () => void;
  finalizing: boolean;
}

const t = vi.reports.warnings;

/** Kiểm tra trước khi trình ký: failing validation rules and the month's forms still missing. */
export function WarningsDrawer({ reportId, opened, onClose, onFinalize, finalizing }: WarningsDrawerProps) {
  const warnings = useQuery({ ...reportWarningsQuery(reportId), enabled: opened });
  const data = warnings.data;
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="lg" title={t.title} data-testid="warnings-drawer">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t.intro}
        </Text>
        {warnings.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
        {warnings.isError && <LoadError error={warnings.error} onRetry={() => void warnings.refetch()} />}
        {data && data.violations.length === 0 && data.missingForms.length === 0 && (
          <Alert color="teal">{t.allClear}</Alert>
        )}
        {data && (
          <>
            <Group justify="space-between">
              <Title order={5}>{t.violations}</Title>
              <Badge color={data.violations.length ? 'orange' : 'teal'} variant="light">
                {t.count(data.violations.length)}
              </Badge>
            </Group>
            {data.violations.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t.noViolations}
              </Text>
            ) : (
              <List size="sm" spacing={4} data-testid="warning-violations">
                {data.violations.map((v, i) => (
                  <List.Item key={i}>
                    <Text span fw={600} size="sm">
                      {v.orgUnit.name}
                    </Text>
                    : {v.message}
                  </List.Item>
                ))}
              </List>
            )}
            <Group justify="space-between">
              <Title order={5}>{t.missingForms}</Title>
              <Badge color={data.missingForms.length ? 'orange' : 'teal'} variant="light">
                {t.count(data.missingForms.length)}
              </Badge>
            </Group>
            {data.missingForms.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t.noMissingForms}
              </Text>
            ) : (
              <List size="sm" spacing={4} data-testid="warning-missing-forms">
                {data.missingForms.map((f, i) => (
                  <List.Item key={i}>
                    <Text span fw={600} size="sm">
                      {f.orgUnit.name}
                    </Text>{' '}
                    — {f.dataSet.name}: {f.label}
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
        {onFinalize && (
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {vi.common.cancel}
            </Button>
            <Button onClick={onFinalize} loading={finalizing} disabled={!data} data-testid="report-finalize-confirm">
              {t.confirmFinalize}
            </Button>
          </Group>
        )}
      </Stack>
    </Drawer>
  );
}
