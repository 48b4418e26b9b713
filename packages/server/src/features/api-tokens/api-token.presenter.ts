import type { ApiTokenRow } from './api-token.repository.ts';

/** A token as its owner sees it in the list: never the token itself, which is shown once at creation. */
export interface ApiTokenView {
  id: number;
  name: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** null: any address. */
  allowedAddresses: string[] | null;
  status: 'active' | 'expired' | 'revoked';
}

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
