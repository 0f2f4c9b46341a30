import { hash, verify } from '@node-rs/argon2';

/** Argon2id with the library's defaults (OWASP's recommended minimums). */
export const hashPassword = (password: string) => hash(password);

/**
 * A real hash to compare against when no account matches, so a sign-in for an unknown address
 * takes as long as one for a known address and timing does not reveal who has an account.
 */
let decoy: Promise<string> | undefined;

export async function passwordMatches(
  hashOrNull: string | null,
  password: string,
): Promise<boolean> {
  if (hashOrNull === null) {
    decoy ??= hash('decoy password, never matched');
    await verify(await decoy, password);
    return false;
  }
  return verify(hashOrNull, password);
}
