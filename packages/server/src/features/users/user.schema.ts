import { ROLES } from '@syt/core/api/contract.ts';
import { PASSWORD_MIN_LENGTH } from '@syt/core/auth/password-policy.ts';
import { z } from 'zod';
import { vi } from '../../messages.ts';
import { authMessages } from '../auth/auth.messages.ts';

export const userIdParams = z.object({ id: z.coerce.number().int().positive() });

const username = z
  .string()
  .trim()
  .regex(/^[a-zA-Z0-9._-]{3,50}$/, vi.field.username);
// Length is checked here for an early answer; the service applies every rule (name, common passwords) when hashing.
const password = z.string().min(PASSWORD_MIN_LENGTH, authMessages.password.tooShort).max(200);
const role = z.enum(ROLES, { error: vi.field.role });

export const createUserBody = z.object({
  username,
  displayName: z.string().trim().min(1).max(200),
  // An empty field clears the address.
  email: z
    .union([z.literal(''), z.email(vi.field.email).max(200)])
    .nullable()
    .optional()
    .transform((e) => (e ? e.toLowerCase() : e === undefined ? undefined : null)),
  password,
  role,
  orgUnitCode: z.string().trim().min(1),
  active: z.boolean().optional(),
  canEditExpired: z.boolean().optional(),
});

export const updateUserBody = createUserBody.omit({ username: true }).partial();

export type CreateUserInput = z.infer<typeof createUserBody>;
export type UpdateUserInput = z.infer<typeof updateUserBody>;
