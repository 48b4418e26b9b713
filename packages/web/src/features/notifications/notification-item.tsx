import { Box, Group, Text, UnstyledButton } from '@mantine/core';
import type { NotificationView } from '@syt/core/api/notifications.ts';
import { formatVietnamDateTime } from '../../i18n/format.ts';

/** One notification: unread ones bold with a dot, the overdue kinds and epidemic alerts in red. */
export function NotificationItem({ item, onOpen }: { item: NotificationView; onOpen: () => void }) {
  const urgent = item.kind.endsWith('OVERDUE') || item.kind.startsWith('ALERT_');
  return (
    <UnstyledButton
      onClick={onOpen}
      w="100%"
      px="sm"
      py={8}
      bg={item.read ? undefined : 'teal.0'}
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      data-testid="notification-item"
      data-read={item.read || undefined}
      data-kind={item.kind}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Box w={8} h={8} mt={6} style={{ borderRadius: 4, flexShrink: 0 }} bg={item.read ? 'transparent' : urgent ? 'red.6' : 'teal.6'} />
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={item.read ? 400 : 600} c={urgent ? 'red.8' : undefined}>
            {item.title}
          </Text>
          {item.body && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {item.body}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {formatVietnamDateTime(item.createdAt)}
          </Text>
        </div>
      </Group>
    </UnstyledButton>
  );
}
