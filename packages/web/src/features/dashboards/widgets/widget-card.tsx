import { Box, Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface WidgetCardProps {
  title: string;
  testId: string;
  /** A link or button at the right of the title. */
  action?: ReactNode;
  children: ReactNode;
}

/** The frame of every dashboard item: a bordered card with its title, filling its grid cell. */
export function WidgetCard({ title, testId, action, children }: WidgetCardProps) {
  return (
    <Card withBorder radius="md" padding="lg" h="100%" data-testid={testId}>
      <Group justify="space-between" align="flex-start" mb="md" gap="xs" wrap="nowrap">
        <Title order={3} size="h4">
          {title}
        </Title>
        {action && <Box style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>{action}</Box>}
      </Group>
      {children}
    </Card>
  );
}
