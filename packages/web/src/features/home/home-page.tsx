import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconId, IconUserCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { Role } from '@syt/core/api/contract.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { vi } from '../../i18n/vi.ts';
import { PendingForms } from './pending-forms.tsx';

/** Roles that enter data and so have forms to submit. */
const ENTRY_ROLES: readonly Role[] = ['admin', 'staff', 'reporter'];

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

/** Trang chủ: a welcome card with the user's name, role and scope, then the forms still to do. */
export function HomePage() {
  const user = useCurrentUser();
  return (
    <Stack gap="lg">
      <WelcomeCard />
      {ENTRY_ROLES.includes(user.role) && <PendingForms />}
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
