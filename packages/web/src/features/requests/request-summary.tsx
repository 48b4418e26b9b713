import { Anchor, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { RequestView } from '@syt/core/api/requests.ts';
import { formatIsoDate, formatPeriodLabel } from '../../i18n/format.ts';
import { reviewsVi } from '../../i18n/request-reviews.vi.ts';
import { vi } from '../../i18n/vi.ts';
import { templateUrl } from './requests-api.ts';

const d = vi.requests.detail;

/** `I` + `Kết quả` → `I. Kết quả`; `I.1.` keeps its own dot; no number, the title alone. */
function sectionHeading(number: string, title: string): string {
  if (!number) return title;
  return `${number}${number.endsWith('.') ? '' : '.'} ${title}`;
}

/** The letter's outline with guidance, what units send, and each group's units, deadline and recipients. */
export function RequestSummary({ request }: { request: RequestView }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Card withBorder radius="md" padding="lg">
        <Title order={3} size="h5" mb="sm">
          {d.outline}
        </Title>
        <Stack gap="xs">
          {request.outline.map((s, i) => (
            <div key={i}>
              <Text fw={600} size="sm">
                {sectionHeading(s.number, s.title)}
              </Text>
              {s.guidance && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {s.guidance}
                </Text>
              )}
            </div>
          ))}
        </Stack>
        {request.deliverables.length > 0 && (
          <>
            <Title order={3} size="h5" mt="md" mb="xs">
              {d.deliverables}
            </Title>
            <List size="sm">
              {request.deliverables.map((del, i) => (
                <List.Item key={i}>
                  {del.title}
                  {del.kind === 'FORM' && ` — ${d.form(del.dataSet, formatPeriodLabel(del.period))}`}
                  {del.kind === 'TARGETS' && ` — ${d.targets(del.year, del.items.length)}`}
                  {del.kind === 'REVIEW' && ` — ${reviewsVi.summary}`}
                  {del.kind === 'FILE' && del.template && (
                    <>
                      {' · '}
                      <Anchor href={templateUrl(request.id, del.template.id)} size="sm">
                        {d.template}
                      </Anchor>
                    </>
                  )}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Card>
      <Card withBorder radius="md" padding="lg">
        <Title order={3} size="h5" mb="sm">
          {d.groups}
        </Title>
        <Stack gap="sm">
          {request.groups.map((g) => (
            <div key={g.id}>
              <Text fw={600} size="sm">
                {g.name} — {vi.requests.detail.columns.deadline} {formatIsoDate(g.deadline)}
              </Text>
              <Text size="sm">{g.units.map((u) => u.name).join(', ')}</Text>
              {g.recipients.length > 0 && (
                <Text size="xs" c="dimmed">
                  {d.recipients}: {g.recipients.join('; ')}
                </Text>
              )}
            </div>
          ))}
        </Stack>
      </Card>
    </SimpleGrid>
  );
}
