import { createHash, randomBytes } from 'node:crypto';
import type { ApiTokenView, CreatedApiTokenView } from '@syt/core/auth/api-token-views.ts';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/database.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import type { Actor } from '../access/access.policy.ts';
import { addressAllowed, parseAllowedAddress } from './allowed-addresses.ts';
import { apiTokenMessages as m, TOKEN_LIMITS } from './api-token.messages.ts';
import { presentToken } from './api-token.presenter.ts';
import { countLiveTokens, findTokenByHash, insertToken, listUserTokens, revokeToken, touchToken } from './api-token.repository.ts';
import type { CreateTokenBody } from './api-token.schema.ts';

interface Ctx {
  db: Database;
  clock: Clock;
}

/** DHIS2's prefix of personal access tokens: scripts and secret scanners recognise it. */
export const TOKEN_PREFIX = 'd2pat_';
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const DAY_MS = 86_400_000;
/** last_used_at is a hint for the owner, not an audit: written at most once a minute, not on every request. */
const TOUCH_EVERY_MS = 60_000;

/** Tokens are stored under their SHA-256 only. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** `d2pat_` and 40 random letters and digits (about 238 bits), drawn without modulo bias. */
function newToken(): string {
  let out = TOKEN_PREFIX;
  while (out.length < TOKEN_PREFIX.length + 40) {
    for (const byte of randomBytes(48)) if (byte < 248 && out.length < TOKEN_PREFIX.length + 40) out += ALPHANUMERIC[byte % 62];
  }
  return out;
}

export async function listTokens(ctx: Ctx, actor: Actor): Promise<ApiTokenView[]> {
  const now = ctx.clock.now().toISOString();
  return (await listUserTokens(ctx.db, actor.id)).map((row) => presentToken(row, now));
}

/** Creates a token for the caller; the answer is the only time the token itself is shown. */
export async function createToken(ctx: Ctx, actor: Actor, body: CreateTokenBody): Promise<CreatedApiTokenView> {
  const now = ctx.clock.now();
  const expires = new Date(body.expiresAt);
  if (expires.getTime() <= now.getTime()) throw badRequest(m.expiryPast, [{ field: 'expiresAt', message: m.expiryPast }]);
  if (expires.getTime() > now.getTime() + TOKEN_LIMITS.maxDays * DAY_MS) {
    throw badRequest(m.expiryTooFar, [{ field: 'expiresAt', message: m.expiryTooFar }]);
  }
  const addresses = body.allowedAddresses?.length ? body.allowedAddresses.map((a) => parseAllowedAddress(a)!) : null;
  const token = newToken();
  const row = await ctx.db.transaction().execute(async (trx) => {
    if ((await countLiveTokens(trx, actor.id, now.toISOString())) >= TOKEN_LIMITS.perUser) {
      throw new AppError(409, 'TOO_MANY_TOKENS', m.tooManyTokens);
    }
    return insertToken(trx, {
      user_id: actor.id,
      name: body.name,
      token_hash: tokenHash(token),
      expires_at: expires.toISOString(),
      allowed_addresses: addresses ? JSON.stringify(addresses) : null,
      created_at: now.toISOString(),
    });
  });
  return { ...presentToken(row, now.toISOString()), token };
}

/** Revokes one of the caller's own tokens (revoking twice is no error); another user's token is "not found". */
export async function revokeOwnToken(ctx: Ctx, actor: Actor, id: number): Promise<void> {
  if (!(await revokeToken(ctx.db, actor.id, id, ctx.clock.now().toISOString()))) throw notFound(m.unknownToken(id));
}

const refused = (code: string, message: string) => new AppError(401, code, message);

/** The user id behind a token presented from `ip`, or a 401 saying why it is refused. */
export async function userOfToken(ctx: Ctx, token: string, ip: string): Promise<number> {
  const row = token.startsWith(TOKEN_PREFIX) && token.length <= 200 ? await findTokenByHash(ctx.db, tokenHash(token)) : undefined;
  if (!row) throw refused('API_TOKEN_INVALID', m.tokenInvalid);
  const now = ctx.clock.now();
  if (row.revoked_at) throw refused('API_TOKEN_REVOKED', m.tokenRevoked);
  if (row.expires_at <= now.toISOString()) throw refused('API_TOKEN_EXPIRED', m.tokenExpired);
  if (row.allowed_addresses !== null && !addressAllowed(JSON.parse(row.allowed_addresses) as string[], ip)) {
    throw refused('API_TOKEN_ADDRESS', m.tokenAddress(ip));
  }
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= TOUCH_EVERY_MS) {
    await touchToken(ctx.db, row.id, now.toISOString());
  }
  return row.user_id;
}
