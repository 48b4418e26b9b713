/** Response shapes of a user's personal access tokens (`/api/me/api-tokens`). */

/** A token as its owner sees it in the list: never the token itself, which is shown once at creation. */
export interface ApiTokenView {
  id: number;
  name: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** IPs and CIDR ranges the token may be used from; null: any address. */
  allowedAddresses: string[] | null;
  status: 'active' | 'expired' | 'revoked';
}

/** POST /api/me/api-tokens: the new token, the only time it is shown. */
export type CreatedApiTokenView = ApiTokenView & { token: string };

/** POST /api/me/api-tokens body. */
export interface ApiTokenRequest {
  name: string;
  /** ISO date-time with offset, at most 365 days ahead of the server's clock. */
  expiresAt: string;
  allowedAddresses?: string[];
}
