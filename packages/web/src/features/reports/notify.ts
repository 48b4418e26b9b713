import { notifications } from '@mantine/notifications';
import { vi } from '../../i18n/vi.ts';
import { errorMessage } from '../../lib/form-errors.ts';

// Bottom right: at the top the app's default place would cover the report's toolbar and its Lưu button.
const position = 'bottom-right' as const;

export function notifyDone(message: string): void {
  notifications.show({ color: 'teal', message, withBorder: true, position });
}

export function notifyFailed(error: unknown): void {
  notifications.show({
    color: 'red',
    title: vi.reports.failed,
    message: errorMessage(error, vi.errors.unexpected),
    withBorder: true,
    position,
  });
}
