import { Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { dashVi } from '../../../i18n/dashboards.vi.ts';
import { vi } from '../../../i18n/vi.ts';
import { LoadError } from '../../../ui/load-error.tsx';
import { tasksQuery } from '../../tasks/tasks-queries.ts';
import { WidgetCard } from './widget-card.tsx';

const t = dashVi.overdueTasks;
const SHOWN = 6;

/** Tasks past their deadline in the user's scope, the longest overdue first; the card opens the filtered task list. */
export function OverdueTasksWidget() {
  const tasks = useQuery(tasksQuery({ overdue: true }));
  const sorted = [...(tasks.data ?? [])].sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  const openAll = (
    <Anchor size="sm" renderRoot={(props) => <Link to="/nhiem-vu" search={{ overdue: '1' }} {...props} />}>
      {t.openAll}
    </Anchor>
  );
  return (
    <WidgetCard title={dashVi.widgets.overdueTasks} testId="widget-overdueTasks" action={openAll}>
      {tasks.isPending && <Loader size="sm" aria-label={vi.common.loading} />}
      {tasks.isError && <LoadError error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {tasks.data?.length === 0 && <Text c="dimmed">{t.none}</Text>}
      {sorted.length > 0 && (
        <Stack gap="xs">
          <Text size="sm" fw={600} c="red.8" data-testid="overdue-tasks-total">
            {t.total(sorted.length)}
          </Text>
          {sorted.slice(0, SHOWN).map((task) => (
            <Group key={task.id} justify="space-between" wrap="nowrap" gap="xs" data-testid="dashboard-overdue-task">
              <div style={{ minWidth: 0 }}>
                <Anchor
                  size="sm"
                  fw={600}
                  lineClamp={2}
                  renderRoot={(props) => (
                    <Link to="/nhiem-vu/$taskId" params={{ taskId: String(task.id) }} {...props} />
                  )}
                >
                  {task.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {task.lead.name}
                </Text>
              </div>
              <Text size="xs" c="red.8" fw={600} style={{ flexShrink: 0 }}>
                {t.due(task.deadlineLabel)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </WidgetCard>
  );
}
