import type { UserView } from '@syt/core/api/contract.ts';
import type { QueryClient } from '@tanstack/react-query';
import { redirect, useRouter } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { sessionQuery } from '../features/auth/session-query.ts';

/** beforeLoad guard: resolves the signed-in user or redirects to the sign-in page, remembering the target. */
export async function requireSession(queryClient: QueryClient, href: string): Promise<UserView> {
  const user = await queryClient.ensureQueryData(sessionQuery);
  if (!user) throw redirect({ to: '/dang-nhap', search: { redirect: href } });
  return user;
}

/** beforeLoad guard for admin pages: anyone else goes home. */
export async function requireAdmin(queryClient: QueryClient, href: string): Promise<void> {
  const user = await requireSession(queryClient, href);
  if (user.role !== 'admin') throw redirect({ to: '/' });
}

/** beforeLoad for the sign-in page: a signed-in user has nothing to do there. */
export async function skipIfSignedIn(queryClient: QueryClient): Promise<void> {
  const user = await queryClient.ensureQueryData(sessionQuery);
  if (user) throw redirect({ to: '/' });
}

/**
 * Renders children while a session exists. When it ends (a 401 anywhere), reloading the route
 * lets `requireSession` redirect to the sign-in page with the current address to come back to.
 */
export function AuthGuard({ children }: { children: ReactNode }) {
  const router = useRouter();
  const { data: user } = useQuery(sessionQuery);
  useEffect(() => {
    if (user === null) void router.invalidate();
  }, [user, router]);
  return user ? children : null;
}
