import {
  ActionIcon,
  Badge,
  Box,
  Burger,
  Button,
  Group,
  Menu,
  Text,
  ThemeIcon,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconApi, IconBuildingHospital, IconKey, IconLogout } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useCurrentUser } from '../../features/auth/use-current-user.ts';
import { useLogout } from '../../features/auth/use-logout.ts';
import { NotificationBell } from '../../features/notifications/notification-bell.tsx';
import { apiTokensVi } from '../../i18n/api-tokens.vi.ts';
import { accountVi } from '../../i18n/account.ts';
import { vi } from '../../i18n/vi.ts';

interface AppHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
}

/**
 * Product name on the left; the notifications bell, the signed-in user (name, role, scope; a menu to their
 * account and password) and sign-out on the right.
 */
export function AppHeader({ navOpened, onToggleNav }: AppHeaderProps) {
  const user = useCurrentUser();
  const logoutMutation = useLogout();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger opened={navOpened} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={vi.nav.toggle} />
        <ThemeIcon size={34} radius="md" variant="light" visibleFrom="xs">
          <IconBuildingHospital size={20} />
        </ThemeIcon>
        <Title order={1} size="h4" visibleFrom="xs">
          {vi.app.productName}
        </Title>
        <Title order={1} size="h4" hiddenFrom="xs">
          {vi.app.shortName}
        </Title>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <NotificationBell />
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <UnstyledButton title={accountVi.page.menu}>
              {/* The name shows on phones too, shortened with an ellipsis; role and unit from 768 px. */}
              <Box data-testid="current-user" ta="right" maw={{ base: 150, xs: 260 }}>
                <Text size="sm" fw={600} lh={1.3} truncate="end">
                  {user.displayName}
                </Text>
                <Group gap={6} justify="flex-end" wrap="nowrap" visibleFrom="sm">
                  <Badge size="xs" variant="light">
                    {vi.roles[user.role]}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {user.orgUnit.name}
                  </Text>
                </Group>
              </Box>
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item component={Link} to="/tai-khoan" leftSection={<IconKey size={16} />}>
              {accountVi.page.menu}
            </Menu.Item>
            <Menu.Item component={Link} to="/ma-truy-cap-api" leftSection={<IconApi size={16} />}>
              {apiTokensVi.menu}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconLogout size={16} />}
          loading={logoutMutation.isPending}
          onClick={() => logoutMutation.mutate()}
          visibleFrom="sm"
        >
          {vi.auth.logout}
        </Button>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={vi.auth.logout}
          loading={logoutMutation.isPending}
          onClick={() => logoutMutation.mutate()}
          hiddenFrom="sm"
        >
          <IconLogout size={18} />
        </ActionIcon>
      </Group>
    </Group>
  );
}
