import { Alert, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { reportComparisonQuery } from '../reports-queries.ts';

const t = vi.reports.versions;

function Side({ label, text, color }: { label: string; text: string | null; color: string }) {
  return (
    <Paper p="xs" radius="sm" bg={`${color}.0`} withBorder>
      <Text size="xs" fw={600} c={`${color}.8`} mb={2}>
        {label}
      </Text>
      <Text
        size="sm"
        style={{ whiteSpace: 'pre-wrap' }}
        c={text === null ? 'dimmed' : undefined}
        fs={text === null ? 'italic' : undefined}
      >
        {text ?? t.empty}
      </Text>
    </Paper>
  );
}

/** Every paragraph that differs between two versions, before and after side by side. */
export function CompareView({ reportId, from, to }: { reportId: number; from: number; to: number }) {
  const comparison = useQuery(reportComparisonQuery(reportId, from, to));
  if (comparison.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (comparison.isError) return <LoadError error={comparison.error} onRetry={() => void comparison.refetch()} />;
  const changes = comparison.data.changes;
  if (changes.length === 0) return <Alert color="gray">{t.noChanges}</Alert>;
  return (
    <Stack gap="md" data-testid="compare-changes">
      <Text size="sm" c="dimmed">
        {t.changes(changes.length)}
      </Text>
      {changes.map((change) => (
        <Stack key={change.key} gap={4} data-testid="compare-change">
          <Text size="sm" fw={600}>
            {change.label}
          </Text>
          <SimpleGrid cols={2} spacing="xs">
            <Side label={t.before} text={change.before} color="red" />
            <Side label={t.after} text={change.after} color="teal" />
          </SimpleGrid>
        </Stack>
      ))}
    </Stack>
  );
}
