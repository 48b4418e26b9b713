import type { UserInput } from '@syt/core/api/contract.ts';
import { notifications } from '@mantine/notifications';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { vi } from '../../i18n/vi.ts';
import { createUser, fetchUsers, unlockUser, updateUser } from './users-api.ts';

/** The user list (admin only). */
export const usersQuery = queryOptions({ queryKey: ['users'] as const, queryFn: fetchUsers });

function notifySuccess(message: string) {
  notifications.show({ color: 'teal', message, withBorder: true });
}

/** Creates a user, refreshes the list and confirms with a notification. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: async (user) => {
      notifySuccess(vi.users.notify.created(user.username));
      await queryClient.invalidateQueries({ queryKey: usersQuery.queryKey });
    },
  });
}

/** Updates a user (role, scope, active, name, password reset). */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: Partial<UserInput> }) => updateUser(id, changes),
    onSuccess: async (user) => {
      notifySuccess(vi.users.notify.updated(user.username));
      await queryClient.invalidateQueries({ queryKey: usersQuery.queryKey });
    },
  });
}

/** Lifts a sign-in lock; failures are reported as notifications since there is no form. */
export function useUnlockUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlockUser,
    onSuccess: async (user) => {
      notifySuccess(vi.users.notify.unlocked(user.username));
      await queryClient.invalidateQueries({ queryKey: usersQuery.queryKey });
    },
    onError: (error) => {
      notifications.show({ color: 'red', title: vi.users.notify.failed, message: error.message, withBorder: true });
    },
  });
}
