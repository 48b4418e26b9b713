import { Alert, Button, Center, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { vi } from '../i18n/vi.ts';
import { errorMessage } from '../lib/form-errors.ts';

/** Shown when a route cannot load (server unreachable, unexpected answer); retry reloads the route. */
export function RouteError({ error }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <Center p="xl">
      <Alert color="red" icon={<IconAlertCircle size={18} />} title={vi.common.loadFailed} maw={560} role="alert">
        <Text size="sm" mb="sm">
          {errorMessage(error, vi.errors.unexpected)}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={() => void router.invalidate()}>
          {vi.common.retry}
        </Button>
      </Alert>
    </Center>
  );
}
