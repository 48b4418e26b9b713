import type { UserInput, UserListView, UserView } from '@syt/core/api/contract.ts';
import { apiGet, apiSend } from '../../api/client.ts';

/** GET /api/users. */
export async function fetchUsers(): Promise<UserView[]> {
  return (await apiGet<UserListView>('/api/users')).users;
}

/** POST /api/users. */
export async function createUser(input: UserInput): Promise<UserView> {
  return (await apiSend<{ user: UserView }>('POST', '/api/users', input)).user;
}

/** PATCH /api/users/:id with the changed fields; `password` resets the password. */
export async function updateUser(id: number, changes: Partial<UserInput>): Promise<UserView> {
  return (await apiSend<{ user: UserView }>('PATCH', `/api/users/${id}`, changes)).user;
}

/** POST /api/users/:id/unlock. */
export async function unlockUser(id: number): Promise<UserView> {
  return (await apiSend<{ user: UserView }>('POST', `/api/users/${id}/unlock`)).user;
}
