import { z } from 'zod';
import { authMessages } from './auth.messages.ts';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

/** The second step of a sign-in: a code from the app, or one of the recovery codes. */
export const secondStepBody = z
  .object({
    code: z.string().trim().max(20).optional(),
    recoveryCode: z.string().trim().max(40).optional(),
  })
  .refine((b) => Boolean(b.code || b.recoveryCode), { message: authMessages.codeRequired, path: ['code'] });

export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().max(200),
});

export const totpEnableBody = z.object({ code: z.string().trim().min(1).max(20) });

export const totpDisableBody = z.object({ password: z.string().min(1).max(200) });
