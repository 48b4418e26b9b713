import { Box, NavLink, ScrollArea, Text } from '@mantine/core';
import { Link, useRouterState } from '@tanstack/react-router';
import { useCurrentUser } from '../../features/auth/use-current-user.ts';
import { vi } from '../../i18n/vi.ts';
import { navItemsFor, type AppPath, type NavItem } from './nav-items.ts';

function matches(to: string, pathname: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** The entry for the current page: the longest matching path, so `/bao-cao/tinh-hinh-nop` does not also light `/bao-cao`. */
function activePath(items: readonly NavItem[], pathname: string): string | undefined {
  const paths = items.flatMap((item) => [item.to, ...(item.children ?? []).map((child) => child.to)]);
  return paths
    .filter((to): to is AppPath => to !== undefined && matches(to, pathname))
    .sort((a, b) => b.length - a.length)[0];
}

function isActive(item: NavItem, current: string | undefined): boolean {
  if (item.to) return item.to === current;
  return (item.children ?? []).some((child) => isActive(child, current));
}

function NavEntry({
  item,
  current,
  onNavigate,
}: {
  item: NavItem;
  current: string | undefined;
  onNavigate: () => void;
}) {
  const icon = <item.icon size={18} stroke={1.6} />;
  const active = isActive(item, current);
  if (item.children) {
    return (
      <NavLink label={item.label} leftSection={icon} defaultOpened={active} childrenOffset={28}>
        {item.children.map((child) => (
          <NavEntry key={child.label} item={child} current={current} onNavigate={onNavigate} />
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
      // The router alone would also mark `/bao-cao` active under `/bao-cao/chi-tieu`: only the exact page is its own.
      renderRoot={(props) => <Link to={to} activeOptions={{ exact: true, includeSearch: false }} {...props} />}
    />
  );
}

/** The module menu; groups containing the current page start open. */
export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const user = useCurrentUser();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const items = navItemsFor(user.role);
  const current = activePath(items, pathname);
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
      {items.map((item) => (
        <NavEntry key={item.label} item={item} current={current} onNavigate={onNavigate} />
      ))}
    </ScrollArea>
  );
}
