import { ActionIcon, Button, Divider, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { vi } from '../../i18n/vi.ts';
import { NotificationItem } from './notification-item.tsx';
import { markAllNotificationsRead, markNotificationRead, notificationsQuery } from './notifications-api.ts';

const n = vi.notifications;

/** The header's bell: the unread count, and a dropdown where a click marks a notification read and opens its page. */
export function NotificationBell() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useQuery(notificationsQuery);
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey });
  const markRead = useMutation({ mutationFn: markNotificationRead, onSettled: refresh });
  const markAll = useMutation({ mutationFn: markAllNotificationsRead, onSettled: refresh });
  const unread = list.data?.unread ?? 0;
  const items = list.data?.notifications ?? [];

  const open = (id: number, read: boolean, link: string) => {
    close();
    if (!read) markRead.mutate(id);
    // Links are the app's own paths (`/nhiem-vu/12`); the router resolves them like typed addresses.
    void navigate({ href: link });
  };

  return (
    // The indicator wraps the popover, not the reverse: the target's aria-expanded must land on the button.
    <Indicator label={unread > 99 ? '99+' : unread} size={18} color="red" disabled={unread === 0} offset={4}>
      <Popover
        opened={opened}
        onChange={(next) => !next && close()}
        position="bottom-end"
        width={380}
        shadow="md"
        withArrow
      >
        <Popover.Target>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={toggle}
            aria-label={unread > 0 ? n.unread(unread) : n.open}
            data-testid="notification-bell"
            data-unread={unread}
          >
            <IconBell size={18} />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs" data-testid="notification-list">
          <Group justify="space-between" px="xs" pb={6}>
            <Text fw={600}>{n.title}</Text>
            {unread > 0 && (
              <Button variant="subtle" size="compact-xs" loading={markAll.isPending} onClick={() => markAll.mutate()}>
                {n.readAll}
              </Button>
            )}
          </Group>
          <Divider mb={4} />
          {items.length === 0 ? (
            <Text size="sm" c="dimmed" p="sm">
              {n.empty}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={420}>
              <Stack gap={2}>
                {items.map((item) => (
                  <NotificationItem key={item.id} item={item} onOpen={() => open(item.id, item.read, item.link)} />
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
