import { Card, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { vi } from '../../i18n/vi.ts';

/** A module that is not built yet: says so, shows no invented data. */
export function PlaceholderPage({ module }: { module: string }) {
  return (
    <Card withBorder radius="md" padding="xl" maw={720} data-testid="module-placeholder">
      <Stack align="center" gap="md" py="lg">
        <ThemeIcon size={64} radius="xl" variant="light" color="gray">
          <IconTools size={34} />
        </ThemeIcon>
        <Title order={2} ta="center">
          {module}
        </Title>
        <Text fw={600}>{vi.placeholder.title}</Text>
        <Text c="dimmed" ta="center">
          {vi.placeholder.body(module)}
        </Text>
      </Stack>
    </Card>
  );
}
