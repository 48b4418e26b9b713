import { z } from 'zod';
import { parseAllowedAddress } from './allowed-addresses.ts';
import { apiTokenMessages as m, TOKEN_LIMITS } from './api-token.messages.ts';

const address = z
  .string()
  .max(50)
  .refine((text) => parseAllowedAddress(text) !== null, { error: (issue) => m.badAddress(String(issue.input)) });

/** A new token: a name, when it stops working (at most a year away, checked against the server's clock), addresses. */
export const createTokenBody = z.object({
  name: z.string().trim().min(1, m.nameRequired).max(TOKEN_LIMITS.nameLength, m.nameTooLong),
  expiresAt: z.iso.datetime({ offset: true, error: m.expiryInvalid }),
  allowedAddresses: z.array(address).max(TOKEN_LIMITS.addresses, m.tooManyAddresses).optional(),
});
export type CreateTokenBody = z.infer<typeof createTokenBody>;

export const tokenIdParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
