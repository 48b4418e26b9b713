import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { vi } from '../../i18n/vi.ts';

/** Any address outside the route tree. */
export function NotFoundPage() {
  return (
    <Card withBorder radius="md" padding="xl" maw={560} mx="auto" mt="xl">
      <Stack align="center" gap="sm">
        <Title order={2}>{vi.errors.notFoundPage}</Title>
        <Text c="dimmed">{vi.errors.notFoundBody}</Text>
        <Button renderRoot={(props) => <Link to="/" {...props} />}>{vi.errors.backHome}</Button>
      </Stack>
    </Card>
  );
}
