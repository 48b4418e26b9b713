import { Box, NavLink, ScrollArea, Text } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';
import { useCurrentUser } from '../../features/auth/use-current-user.ts';
import { vi } from '../../i18n/vi.ts';
import { navItemsFor, type NavItem } from './nav-items.ts';

function isActive(item: NavItem, pathname: string): boolean {
  if (item.to) return item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`);
  return (item.children ?? []).some((child) => isActive(child, pathname));
}

function NavEntry({ item, pathname, onNavigate }: { item: NavItem; pathname: string; onNavigate: () => void }) {
  const icon = <item.icon size={18} stroke={1.6} />;
  const active = isActive(item, pathname);
  if (item.children) {
    return (
      <NavLink label={item.label} leftSection={icon} defaultOpened={active} childrenOffset={28}>
        {item.children.map((child) => (
          <NavEntry key={child.label} item={child} pathname={pathname} onNavigate={onNavigate} />
        ))}
      </NavLink>
    );
  }
  const to = item.to ?? '/';
  return (
    <NavLink
      label={item.label}
      leftSection={icon}
      active={active}
      onClick={onNavigate}
      renderRoot={(props) => <Link to={to} {...props} />}
    />
  );
}

/** The module menu; groups containing the current page start open. */
export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const user = useCurrentUser();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <ScrollArea component="nav" aria-label={vi.nav.menu} p="xs">
      <Box hiddenFrom="sm" px="sm" pb="sm" mb="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Text fw={600} size="sm">
          {user.displayName}
        </Text>
        <Text size="xs" c="dimmed">
          {vi.roles[user.role]} · {user.orgUnit.name}
        </Text>
      </Box>
      {navItemsFor(user.role).map((item) => (
        <NavEntry key={item.label} item={item} pathname={pathname} onNavigate={onNavigate} />
      ))}
    </ScrollArea>
  );
}
