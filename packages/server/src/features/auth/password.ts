import { hash, verify } from '@node-rs/argon2';

// 2 = Argon2id in the library's (ambient const) Algorithm enum.
const options = { algorithm: 2 } as const;

/** An argon2id hash in PHC string form. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** Checks a password against its stored hash; false for a malformed hash rather than throwing. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password, options);
  } catch {
    return false;
  }
}

// Verified against when the user does not exist, so timing does not reveal valid usernames.
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy-password-that-never-matches');
  return decoyHash;
}
