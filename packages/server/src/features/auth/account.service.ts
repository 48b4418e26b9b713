import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { badRequest, unauthenticated } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { findUserById, updateUser } from '../users/user.repository.ts';
import { authMessages } from './auth.messages.ts';
import { sessionId } from './auth.service.ts';
import { verifyPassword } from './password.ts';
import { hashNewPassword } from './password-policy.ts';
import { deleteOtherSessions } from './session.repository.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

const fieldError = (field: string, message: string) => badRequest(message, [{ field, message }]);

/**
 * A user changes their own password: the current one proves it is them, not someone at an unattended screen.
 * Every other session of theirs ends (a thief signed in elsewhere is signed out); this one stays.
 */
export async function changeOwnPassword(
  ctx: Ctx,
  actor: Actor,
  sessionToken: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await findUserById(ctx.db, actor.id);
  if (!user) throw unauthenticated();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw fieldError('currentPassword', authMessages.wrongCurrentPassword);
  }
  if (input.newPassword === input.currentPassword) throw fieldError('newPassword', authMessages.samePassword);
  const passwordHash = await hashNewPassword(input.newPassword, user.username, 'newPassword');
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { password_hash: passwordHash });
    await deleteOtherSessions(trx, user.id, sessionId(sessionToken));
  });
}
