import type { Role } from '@syt/core/api/contract.ts';
import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconId, IconUserCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { mayEnterData } from '../auth/role-rights.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { vi } from '../../i18n/vi.ts';
import { todoQuery } from '../notifications/notifications-api.ts';
import { OverdueByUnit } from './overdue-by-unit.tsx';
import { ReportsWaiting } from './reports-waiting.tsx';
import { formKey, PendingForms } from './pending-forms.tsx';
import { TodoList } from './todo-list.tsx';

/** Roles that approve reports (the server's `finalize-report`): staff send reports to them. */
const APPROVER_ROLES: readonly Role[] = ['admin', 'leader'];
/** Roles that issue approved reports (the server's `issue-report`, the department's clerical right). */
const ISSUER_ROLES: readonly Role[] = ['admin', 'staff'];

function Fact({ icon, label, value }: { icon: ReactNode; label: string; value: string }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon variant="light" size={36} radius="md">
        {icon}
      </ThemeIcon>
      <div>
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {label}
        </Text>
        <Text fw={500}>{value}</Text>
      </div>
    </Group>
  );
}

/** The forms of the to-do list's links, to leave them out of the pending-forms card. */
function todoFormKeys(links: readonly string[]): Set<string> {
  return new Set(
    links.map((link) => {
      const query = new URLSearchParams(link.split('?')[1] ?? '');
      return formKey({ dataSet: query.get('dataSet') ?? '', orgUnit: query.get('orgUnit') ?? '', period: query.get('period') ?? '' });
    }),
  );
}

/**
 * Trang chủ: a welcome card, the reports waiting for the user's approval or issue, "Việc cần làm" (overdue and due-soon
 * tasks, forms and requests), for those who oversee units the overdue counts per unit, then the other forms still to
 * submit (those not already in the to-do list).
 */
export function HomePage() {
  const user = useCurrentUser();
  const todo = useQuery(todoQuery);
  const formLinks = useMemo(() => todo.data?.items.filter((i) => i.kind === 'FORM').map((i) => i.link) ?? [], [todo.data]);
  const exclude = useMemo(() => todoFormKeys(formLinks), [formLinks]);
  return (
    <Stack gap="lg">
      <WelcomeCard />
      {APPROVER_ROLES.includes(user.role) && <ReportsWaiting status="submitted" />}
      {ISSUER_ROLES.includes(user.role) && <ReportsWaiting status="final" />}
      <TodoList todo={todo} />
      {todo.data?.overdueByUnit && <OverdueByUnit rows={todo.data.overdueByUnit} />}
      {mayEnterData(user.role) && !todo.isPending && <PendingForms exclude={exclude} />}
    </Stack>
  );
}

function WelcomeCard() {
  const user = useCurrentUser();
  return (
    <Card withBorder radius="md" padding="xl" maw={880} data-testid="welcome-card">
      <Stack gap="lg">
        <Group gap="md" wrap="nowrap">
          <ThemeIcon size={52} radius="xl" variant="light">
            <IconUserCircle size={32} />
          </ThemeIcon>
          <div>
            <Title order={2}>{vi.home.welcome(user.displayName)}</Title>
            <Text c="dimmed">{vi.app.productName}</Text>
          </div>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Fact icon={<IconId size={20} />} label={vi.home.role} value={vi.roles[user.role]} />
          <Fact icon={<IconBuildingCommunity size={20} />} label={vi.home.scope} value={user.orgUnit.name} />
        </SimpleGrid>
        <Text>{vi.home.intro}</Text>
      </Stack>
    </Card>
  );
}
