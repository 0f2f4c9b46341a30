import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffAccount } from '../staff/staff-account.entity.ts';
import { ApiToken } from './api-token.entity.ts';

/**
 * What every API token's secret starts with: the gateway tells a token from the portal's access
 * tokens (JWTs, which start "ey") by it, and secret scanners can find one pasted where it should
 * not be. "nlk" for Neighbourhood Link.
 */
export const API_TOKEN_PREFIX = 'nlk_';

/** The roles that may hold a token: read access to force-wide figures from their own tools. */
export const TOKEN_ROLES = ['ANALYST', 'ADMIN'] as const;

export const hashOfSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Makes a token for a member of staff; returns it with its secret, which is never kept. */
export async function issueApiToken(
  em: EntityManager,
  staff: StaffAccount,
  { name, expiresAt, now }: { name: string; expiresAt: Date; now: Date },
): Promise<{ token: ApiToken; secret: string }> {
  // 256 random bits, as staff sessions: nothing to guess, so a plain SHA-256 is enough to store.
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const token = em.create(ApiToken, {
    id: randomUUID(),
    staff,
    name,
    secretHash: hashOfSecret(secret),
    createdAt: now,
    expiresAt,
  });
  await em.flush();
  return { token, secret };
}

export interface TokenHolder {
  tokenId: string;
  staffId: string;
  name: string;
  role: (typeof TOKEN_ROLES)[number];
}

/**
 * Who a secret acts for, as their account is now, or null when it is unknown, revoked, expired,
 * its account disabled, or its owner no longer an analyst or admin. Marks the token used.
 * One statement, so a token cannot be used by a request racing its revocation.
 */
export async function holderOfSecret(
  em: EntityManager,
  secret: string,
  now: Date = new Date(),
): Promise<TokenHolder | null> {
  if (!secret.startsWith(API_TOKEN_PREFIX)) return null;
  const rows = await em.execute<
    { token_id: string; staff_id: string; name: string; role: TokenHolder['role'] }[]
  >(
    `update engagement.api_token as token set last_used_at = ?
       from engagement.staff_account as staff
      where token.secret_hash = ? and token.revoked_at is null and token.expires_at > ?
        and staff.id = token.staff_id and staff.disabled_at is null
        and staff.role in ('ANALYST', 'ADMIN')
      returning token.id as token_id, staff.id as staff_id, staff.name, staff.role`,
    [now, hashOfSecret(secret), now],
  );
  const row = rows[0];
  return row
    ? { tokenId: row.token_id, staffId: row.staff_id, name: row.name, role: row.role }
    : null;
}
