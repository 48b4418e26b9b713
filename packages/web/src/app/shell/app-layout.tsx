import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from '@tanstack/react-router';
import { AuthGuard } from '../auth-guard.tsx';
import { AppHeader } from './app-header.tsx';
import { AppNavbar } from './app-navbar.tsx';

/** The signed-in frame: header, module navbar (a drawer on phones) and the current page. */
export function AppLayout() {
  const [navOpened, { toggle, close }] = useDisclosure(false);
  return (
    <AuthGuard>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 270, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'xs', sm: 'lg' }}
      >
        <AppShell.Header>
          <AppHeader navOpened={navOpened} onToggleNav={toggle} />
        </AppShell.Header>
        <AppShell.Navbar>
          <AppNavbar onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main bg="gray.0">
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </AuthGuard>
  );
}
