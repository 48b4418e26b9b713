import { Alert, Button, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { vi } from '../i18n/vi.ts';
import { errorMessage } from '../lib/form-errors.ts';

/** A failed load: the server's Vietnamese message and a retry button. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Alert color="red" icon={<IconAlertCircle size={18} />} title={vi.common.loadFailed} role="alert">
      <Text size="sm" mb="xs">
        {errorMessage(error, vi.errors.unexpected)}
      </Text>
      <Button size="xs" variant="light" color="red" onClick={onRetry}>
        {vi.common.retry}
      </Button>
    </Alert>
  );
}
