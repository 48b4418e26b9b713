import type { ApiTokenView } from '@syt/core/auth/api-token-views.ts';
import type { ApiTokenRow } from './api-token.repository.ts';

/** A stored token as its owner sees it; its status by the server's clock. */
export function presentToken(row: ApiTokenRow, nowIso: string): ApiTokenView {
  const status = row.revoked_at ? 'revoked' : row.expires_at <= nowIso ? 'expired' : 'active';
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    allowedAddresses: row.allowed_addresses === null ? null : (JSON.parse(row.allowed_addresses) as string[]),
    status,
  };
}
