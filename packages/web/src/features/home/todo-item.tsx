import { Badge, Button, Card, Flex, Group, Text } from '@mantine/core';
import type { TodoItem } from '@syt/core/api/notifications.ts';
import { IconChevronRight } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { vi } from '../../i18n/vi.ts';

/** Orange dark enough for small text on white (5.4:1); Mantine's orange 8 and 9 stay under the 4.5:1 AA needs. */
const DUE_SOON_TEXT = '#b34700';

const t = vi.todo;
const KIND_COLORS = { TASK: 'grape', FORM: 'blue', REQUEST: 'cyan' } as const;

/** One to-do: its kind, title, unit and how far the deadline is; overdue ones in red. */
export function TodoItemCard({ item }: { item: TodoItem }) {
  const navigate = useNavigate();
  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      bg={item.overdue ? 'red.0' : undefined}
      style={item.overdue ? { borderColor: 'var(--mantine-color-red-4)' } : undefined}
      data-testid="todo-item"
      data-kind={item.kind}
      data-overdue={item.overdue || undefined}
    >
      {/* Side by side from 576 px; on a phone the button goes under the text, which keeps its full width. */}
      <Flex
        direction={{ base: 'column', xs: 'row' }}
        justify="space-between"
        align={{ base: 'stretch', xs: 'center' }}
        gap="sm"
      >
        <div style={{ minWidth: 0 }}>
          <Group gap={6} mb={2}>
            <Badge size="sm" variant="light" color={KIND_COLORS[item.kind]}>
              {t.kinds[item.kind]}
            </Badge>
            {item.overdue && (
              <Badge size="sm" color="red">
                {t.overdue}
              </Badge>
            )}
            <Text size="sm" c={item.overdue ? 'red.9' : DUE_SOON_TEXT} fw={600}>
              {item.dueLabel}
            </Text>
          </Group>
          <Text fw={600} lineClamp={2}>
            {item.title}
          </Text>
          <Text size="sm" c="dimmed">
            {item.unit.name}
          </Text>
        </div>
        {/* A real link (opens in a new tab too); a plain click stays in the app. The link may carry a query. */}
        <Button
          component="a"
          href={item.link}
          onClick={(event) => {
            if (event.ctrlKey || event.metaKey || event.shiftKey) return;
            event.preventDefault();
            void navigate({ href: item.link });
          }}
          variant={item.overdue ? 'filled' : 'light'}
          color={item.overdue ? 'red' : undefined}
          rightSection={<IconChevronRight size={16} />}
          style={{ flexShrink: 0 }}
        >
          {t.open}
        </Button>
      </Flex>
    </Card>
  );
}
