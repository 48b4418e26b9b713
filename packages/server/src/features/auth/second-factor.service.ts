import type { Role } from '@syt/core/api/contract.ts';
import QRCode from 'qrcode';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { badRequest, conflict, forbidden } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { findUserById } from '../users/user.repository.ts';
import { authMessages } from './auth.messages.ts';
import { verifyPassword } from './password.ts';
import * as repo from './second-factor.repository.ts';
import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, totpUri } from './totp.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

/** Who may turn on a second factor: the accounts whose theft would hurt most. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['admin', 'leader'];

const fieldError = (field: string, message: string) => badRequest(message, [{ field, message }]);

/** Whether the actor may use a second factor, has it on, and how many recovery codes remain. */
export async function secondFactorStatus(ctx: Ctx, actor: Actor) {
  const factor = await repo.findSecondFactor(ctx.db, actor.id);
  const enabled = factor?.enabled === 1;
  return {
    available: SECOND_FACTOR_ROLES.includes(actor.role),
    enabled,
    recoveryCodesLeft: enabled ? await repo.countRecoveryCodesLeft(ctx.db, actor.id) : 0,
  };
}

/** A new secret, not yet in force: its address and QR code for the authenticator app. */
export async function beginSecondFactorSetup(ctx: Ctx, actor: Actor) {
  if (!SECOND_FACTOR_ROLES.includes(actor.role)) throw forbidden(authMessages.secondFactorRoles);
  if ((await repo.findSecondFactor(ctx.db, actor.id))?.enabled === 1) throw conflict(authMessages.secondFactorAlreadyOn);
  const secret = newTotpSecret();
  await repo.saveUnconfirmedSecret(ctx.db, actor.id, secret, ctx.clock.now().toISOString());
  const uri = totpUri(secret, actor.username);
  return { secret, uri, qrCode: await QRCode.toDataURL(uri, { margin: 1, width: 240 }) };
}

/** Puts the secret in force once a code from the app proves it was read; returns the recovery codes, shown once. */
export async function enableSecondFactor(ctx: Ctx, actor: Actor, code: string) {
  if (!SECOND_FACTOR_ROLES.includes(actor.role)) throw forbidden(authMessages.secondFactorRoles);
  const factor = await repo.findSecondFactor(ctx.db, actor.id);
  if (!factor) throw fieldError('code', authMessages.secondFactorNotSetUp);
  if (factor.enabled === 1) throw conflict(authMessages.secondFactorAlreadyOn);
  const step = await matchTotp(factor.secret, code, ctx.clock.now());
  if (step === null) throw fieldError('code', authMessages.wrongCode);
  const recoveryCodes = newRecoveryCodes();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.acceptStep(trx, actor.id, step))) throw fieldError('code', authMessages.wrongCode);
    await repo.replaceRecoveryCodes(trx, actor.id, recoveryCodes.map(hashRecoveryCode));
  });
  return { recoveryCodes };
}

/** Turns the second factor off; the current password is required, so an unattended session cannot. */
export async function disableSecondFactor(ctx: Ctx, actor: Actor, password: string): Promise<void> {
  const user = await findUserById(ctx.db, actor.id);
  if (!user || !(await verifyPassword(user.password_hash, password))) {
    throw fieldError('password', authMessages.wrongCurrentPassword);
  }
  if ((await repo.findSecondFactor(ctx.db, actor.id))?.enabled !== 1) throw conflict(authMessages.secondFactorOff);
  await repo.deleteSecondFactor(ctx.db, actor.id);
}

/** Whether sign-in must ask this user for a second factor. */
export async function secondFactorRequired(db: Database, userId: number): Promise<boolean> {
  return (await repo.findSecondFactor(db, userId))?.enabled === 1;
}

/** Checks a sign-in's second step: a TOTP code (each used once) or an unused recovery code (used up now). */
export async function verifySecondFactor(
  ctx: Ctx,
  userId: number,
  answer: { code?: string | undefined; recoveryCode?: string | undefined },
): Promise<boolean> {
  const factor = await repo.findSecondFactor(ctx.db, userId);
  if (factor?.enabled !== 1) return false;
  const now = ctx.clock.now();
  if (answer.recoveryCode) {
    return repo.consumeRecoveryCode(ctx.db, userId, hashRecoveryCode(answer.recoveryCode), now.toISOString());
  }
  const step = answer.code ? await matchTotp(factor.secret, answer.code, now) : null;
  return step !== null && repo.acceptStep(ctx.db, userId, step);
}
