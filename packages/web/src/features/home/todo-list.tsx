import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import type { TodoView } from '@syt/core/api/notifications.ts';
import type { UseQueryResult } from '@tanstack/react-query';
import { vi } from '../../i18n/vi.ts';
import { LoadError } from '../../ui/load-error.tsx';
import { TodoItemCard } from './todo-item.tsx';

/** Việc cần làm: tasks, forms and requests overdue or due soon, in the server's order (overdue first). */
export function TodoList({ todo }: { todo: UseQueryResult<TodoView> }) {
  return (
    <Card withBorder radius="md" padding="lg" h="100%" data-testid="todo-list">
      <Title order={3} size="h4" mb="md">
        {vi.todo.title}
      </Title>
      {todo.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
      {todo.isError && <LoadError error={todo.error} onRetry={() => void todo.refetch()} />}
      {todo.data?.items.length === 0 && (
        <Text c="dimmed" data-testid="todo-empty">
          {vi.todo.empty}
        </Text>
      )}
      {todo.data && todo.data.items.length > 0 && (
        <Stack gap="sm">
          {todo.data.items.map((item) => (
            <TodoItemCard key={`${item.kind}|${item.link}|${item.unit.code}`} item={item} />
          ))}
        </Stack>
      )}
    </Card>
  );
}
