import { Card, List, Stack, Text, Title } from '@mantine/core';
import type { OutbreakView } from '@syt/core/api/surveillance.ts';
import { formatIsoDate } from '../../../i18n/format.ts';
import { survVi } from '../../../i18n/surveillance.vi.ts';
import { AddMeasureForm } from './add-measure-form.tsx';

const t = survVi.outbreaks.measures;

/** Biện pháp xử lý: the measures taken, newest first, and the form for another. */
export function OutbreakMeasures({ outbreak }: { outbreak: OutbreakView }) {
  const measures = [...outbreak.measures].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t.title}
        </Title>
        {measures.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t.none}
          </Text>
        ) : (
          <List spacing="xs" size="sm" data-testid="outbreak-measures">
            {measures.map((m) => (
              <List.Item key={m.id}>
                <Text size="sm" component="span" fw={600}>
                  {formatIsoDate(m.date)}
                </Text>
                <Text size="sm" component="span">
                  {' – '}
                  {m.text}
                </Text>
                <Text size="xs" c="dimmed">
                  {m.createdBy}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {outbreak.can.addMeasure && <AddMeasureForm outbreakId={outbreak.id} />}
      </Stack>
    </Card>
  );
}
