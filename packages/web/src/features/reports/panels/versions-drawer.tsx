import { Badge, Divider, Drawer, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatVietnamDateTime } from '../../../i18n/format.ts';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { reportVersionsQuery } from '../reports-queries.ts';
import { CompareView } from './compare-view.tsx';

const t = vi.reports.versions;

/** The report's versions, newest first, and a comparison of two of them (default: the last change). */
export function VersionsDrawer({
  reportId,
  opened,
  onClose,
}: {
  reportId: number;
  opened: boolean;
  onClose: () => void;
}) {
  const versions = useQuery({ ...reportVersionsQuery(reportId), enabled: opened });
  const [picked, setPicked] = useState<{ from?: number; to?: number }>({});
  const list = [...(versions.data ?? [])].sort((a, b) => b.version - a.version);
  const latest = list[0]?.version;
  const to = picked.to ?? latest;
  const from = picked.from ?? (to !== undefined && to > 1 ? to - 1 : undefined);
  const options = list.map((v) => ({ value: String(v.version), label: t.version(v.version) }));
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="xl" title={t.title} data-testid="versions-drawer">
      {versions.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
      {versions.isError && <LoadError error={versions.error} onRetry={() => void versions.refetch()} />}
      {versions.data && (
        <Stack gap="md">
          <Table fz="sm" verticalSpacing={6} data-testid="versions-table">
            <Table.Tbody>
              {list.map((v) => (
                <Table.Tr key={v.version}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text fw={600} size="sm">
                      {t.version(v.version)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray" radius="sm">
                      {t.actions[v.action]}
                    </Badge>
                    {v.note && (
                      <Text size="xs" c="dimmed">
                        {v.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {t.by(v.createdBy, formatVietnamDateTime(v.createdAt))}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Divider />
          <Title order={5}>{t.compare}</Title>
          {list.length < 2 || from === undefined || to === undefined ? (
            <Text size="sm" c="dimmed">
              {t.onlyOne}
            </Text>
          ) : (
            <>
              <Group gap="sm">
                <Select
                  label={t.from}
                  data={options}
                  value={String(from)}
                  onChange={(v) => v && setPicked({ from: Number(v), to })}
                  allowDeselect={false}
                  w={170}
                />
                <Select
                  label={t.to}
                  data={options}
                  value={String(to)}
                  onChange={(v) => v && setPicked({ from, to: Number(v) })}
                  allowDeselect={false}
                  w={170}
                />
              </Group>
              <CompareView reportId={reportId} from={from} to={to} />
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
