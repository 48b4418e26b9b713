import { Anchor, Card, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import type { OutbreakView } from '@syt/core/api/surveillance.ts';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { formatIsoDate, formatNumber } from '../../../i18n/format.ts';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { PageHeader } from '../../../ui/page-header.tsx';
import { outbreakQuery } from '../surveillance-api.ts';
import { CloseOutbreakButton } from './close-outbreak-button.tsx';
import { ClosureLine } from './closure-line.tsx';
import { OutbreakCases } from './outbreak-cases.tsx';
import { OutbreakMeasures } from './outbreak-measures.tsx';
import { OutbreakStatusBadge } from './outbreak-status-badge.tsx';
import { Fact } from '../fact.tsx';

const t = survVi.outbreaks;

function OutbreakFacts({ outbreak: o }: { outbreak: OutbreakView }) {
  return (
    <Card withBorder radius="md" padding="md" data-testid="outbreak-facts" data-status={o.status}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Fact label={t.facts.disease}>{o.disease.name}</Fact>
          <Fact label={t.facts.unit}>{o.orgUnit.name}</Fact>
          <Fact label={t.facts.place}>{o.place}</Fact>
          <Fact label={t.facts.start}>{formatIsoDate(o.startDate)}</Fact>
          <Fact label={t.facts.total}>{formatNumber(o.totalCases)}</Fact>
          <Fact label={t.facts.lastCase}>{formatIsoDate(o.lastCaseDate)}</Fact>
          <Fact label={t.facts.status}>
            <OutbreakStatusBadge status={o.status} label={o.statusLabel} />
          </Fact>
          <Fact label={t.facts.source}>
            {o.alertId !== null ? (
              <Anchor
                renderRoot={(props) => (
                  <Link to="/giam-sat/canh-bao/$alertId" params={{ alertId: String(o.alertId) }} {...props} />
                )}
              >
                {t.alertLink(o.alertId)}
              </Anchor>
            ) : (
              t.sources[o.source]
            )}
          </Fact>
        </SimpleGrid>
        <Group justify="space-between" align="center" wrap="wrap">
          <Stack gap={2}>
            <ClosureLine outbreak={o} />
            {o.closeReason && <Text size="sm">{t.closeReason(o.closeReason)}</Text>}
          </Stack>
          {o.can.close && <CloseOutbreakButton outbreakId={o.id} />}
        </Group>
      </Stack>
    </Card>
  );
}

/** One outbreak: its facts and closure, its cases over time and the measures taken, each with a form to add. */
export function OutbreakDetailPage({ outbreakId }: { outbreakId: number }) {
  const outbreak = useQuery(outbreakQuery(outbreakId));
  const back = (
    <Anchor renderRoot={(props) => <Link to="/giam-sat/o-dich" {...props} />} size="sm">
      {t.backToList}
    </Anchor>
  );
  if (outbreak.isPending) return <Loader size="sm" aria-label={vi.common.loading} />;
  if (outbreak.isError) return <LoadError error={outbreak.error} onRetry={() => void outbreak.refetch()} />;
  const o = outbreak.data;
  return (
    <>
      <PageHeader title={t.detailTitle(o.disease.name, o.place)} actions={back} />
      <Stack gap="md">
        <OutbreakFacts outbreak={o} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <OutbreakCases outbreak={o} />
          <OutbreakMeasures outbreak={o} />
        </SimpleGrid>
      </Stack>
    </>
  );
}
