import type { UserView } from '@syt/core/api/contract.ts';
import { AppError } from '../../errors.ts';
import { vi } from '../../messages.ts';
import type { Actor } from '../access/access.policy.ts';
import { userOfToken } from '../api-tokens/api-token.service.ts';
import { findUserById, findUserByUsername, updateUser } from '../users/user.repository.ts';
import { authMessages } from './auth.messages.ts';
import { signedInUser, type AuthContext } from './auth.service.ts';
import { underLockout } from './lockout.service.ts';
import { clearAttempts, loginKey } from './login-failure.repository.ts';
import { decoyPasswordHash, verifyPassword } from './password.ts';
import { secondFactorRequired } from './second-factor.service.ts';

/** A credential a script sends in `Authorization`: HTTP Basic, or a DHIS2 personal access token. */
export type ScriptCredential =
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'token'; token: string }
  | { kind: 'malformed' };

const BASIC = /^basic\s+(.*)$/i;
const API_TOKEN = /^apitoken\s+(\S+)\s*$/i;

/**
 * The script credential of an `Authorization` header, or null when there is none (no header, or another scheme,
 * which SYT does not read). A Basic header that does not decode to `name:password` is `malformed`.
 */
export function scriptCredential(header: string | undefined): ScriptCredential | null {
  if (!header) return null;
  const token = API_TOKEN.exec(header);
  if (token) return { kind: 'token', token: token[1]! };
  const basic = BASIC.exec(header.trim());
  if (!basic) return /^apitoken\b/i.test(header) ? { kind: 'malformed' } : null;
  const encoded = basic[1]!.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length > 1000) return { kind: 'malformed' };
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return { kind: 'malformed' };
  return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

type Authenticated = { actor: Actor; user: UserView };

/** Authenticates a script credential from address `ip`; every refusal is an AppError (401, or 403/423 as sign-in). */
export async function authenticateScript(ctx: AuthContext, credential: ScriptCredential, ip: string): Promise<Authenticated> {
  if (credential.kind === 'malformed') throw new AppError(401, 'INVALID_CREDENTIALS', authMessages.malformedAuthorization);
  if (credential.kind === 'token') return byToken(ctx, credential.token, ip);
  return byPassword(ctx, credential.username, credential.password);
}

async function byToken(ctx: AuthContext, token: string, ip: string): Promise<Authenticated> {
  const user = await findUserById(ctx.db, await userOfToken(ctx, token, ip));
  if (!user || !user.active) throw new AppError(403, 'ACCOUNT_DISABLED', vi.accountDisabled);
  return signedInUser(user, ctx.clock.now().toISOString());
}

/**
 * HTTP Basic: the same password check and lockout as sign-in (a wrong password counts toward the lock). A user
 * with a second factor cannot pass with the password alone and is told to use a token, only once the password
 * was right, so the answer never tells a guesser whether an account has a second factor.
 */
async function byPassword(ctx: AuthContext, username: string, password: string): Promise<Authenticated> {
  const key = loginKey(username);
  const user = await findUserByUsername(ctx.db, username.normalize('NFC').trim());
  const verified = await underLockout(ctx, key, async () => {
    const matches = await verifyPassword(user?.password_hash ?? (await decoyPasswordHash()), password);
    return matches && user ? user : null;
  });
  if (!verified.active) throw new AppError(403, 'ACCOUNT_DISABLED', vi.accountDisabled);
  if (await secondFactorRequired(ctx.db, verified.id)) {
    throw new AppError(401, 'SECOND_FACTOR_USE_TOKEN', authMessages.basicWithSecondFactor);
  }
  await clearAttempts(ctx.db, key);
  if (verified.locked_until) await updateUser(ctx.db, verified.id, { locked_until: null });
  return signedInUser({ ...verified, locked_until: null }, ctx.clock.now().toISOString());
}
