import type { ApiTokenRequest, ApiTokenView, CreatedApiTokenView } from '@syt/core/auth/api-token-views.ts';
import { apiGet, apiSend } from '../../api/client.ts';

export const apiTokensKey = ['api-tokens'] as const;

/** GET /api/me/api-tokens: the user's own tokens, newest first. */
export async function fetchApiTokens(): Promise<ApiTokenView[]> {
  return (await apiGet<{ tokens: ApiTokenView[] }>('/api/me/api-tokens')).tokens;
}

/** POST /api/me/api-tokens: the new token, shown once. */
export function createApiToken(request: ApiTokenRequest): Promise<CreatedApiTokenView> {
  return apiSend<CreatedApiTokenView>('POST', '/api/me/api-tokens', request);
}

/** DELETE /api/me/api-tokens/:id: revokes one of the user's own tokens. */
export function revokeApiToken(id: number): Promise<void> {
  return apiSend<void>('DELETE', `/api/me/api-tokens/${id}`);
}
