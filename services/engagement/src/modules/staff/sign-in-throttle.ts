import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimiterStore } from '@engage/shared';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { appError } from '@engage/shared/graphql';

/**
 * Slows and then stops password guessing, per account and per visitor (`ctx.client`), for every
 * route the portal signs in by, because the portal asks us. Counts live in PostgreSQL (table
 * `engagement.sign_in_limit`), so every replica shares them.
 *
 * Every attempt takes a point before the password is checked, so a burst of parallel guesses is
 * counted as it arrives, and after each failure the next attempt must wait, twice as long each time; a right password gives the points back (resets the account, returns
 * the visitor's point), so only failures add up. A locked account is refused before its password
 * is checked: the answer never says whether the password was right. Addresses without an account
 * count and lock alike, so locking says nothing about who has one.
 */
export const SIGN_IN_LIMITS = {
  /**
   * An account: 5 failures within an hour lock it for 15 minutes. Someone who mistypes a few
   * times is unaffected; a guesser gets 5 tries in 15 minutes instead of thousands.
   */
  account: {
    keyPrefix: 'account',
    points: 5,
    duration: 60 * 60,
    blockDuration: 15 * 60,
    /** One typo costs nothing; then waits of 1, 2 and 4 seconds after the 2nd to 4th failure. */
    backoffFrom: 2,
  },
  /**
   * A visitor: 20 failures within an hour, across accounts, lock them out for an hour. More
   * generous, because a police station's staff may share one address; it stops one visitor trying
   * one common password against every account.
   */
  client: {
    keyPrefix: 'client',
    points: 20,
    duration: 60 * 60,
    blockDuration: 60 * 60,
    /** Waits double from the 10th failure: 1 second, then 2, 4 … 512. */
    backoffFrom: 10,
  },
} as const;

type Scope = keyof typeof SIGN_IN_LIMITS;
export type SignInKeys = Record<Scope, string>;

/** The table rate-limiter-flexible's PostgreSQL store expects, declared so migrations make it. */
@Entity({ tableName: 'sign_in_limit' })
export class SignInLimitRow {
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  /** Epoch milliseconds; null for a key that never expires. */
  @Property({ type: 'bigint', nullable: true })
  expire!: string | null;
}

/** Keys as kept: hashed, so the table holds no email address and no client key as given. */
export function signInKeys(email: string, client: string): SignInKeys {
  const hashed = (value: string) => createHash('sha256').update(value).digest('base64url');
  return { account: hashed(email.trim().toLowerCase()), client: hashed(client) };
}

/**
 * Takes one attempt from the visitor and the account; RATE_LIMITED while either is locked or must
 * wait. An attempt made during a wait counts too: a burst of guesses locks the account as surely
 * as a patient run of them, and a person retyping a password does not try within seconds.
 */
export async function beginAttempt(em: EntityManager, keys: SignInKeys): Promise<void> {
  for (const scope of scopes()) {
    try {
      await countLimiter(em, scope).consume(keys[scope]);
    } catch (result) {
      if (result instanceof RateLimiterRes) throw tooManyAttempts(result.msBeforeNext);
      throw result;
    }
  }
  const waits = await Promise.all(scopes().map((scope) => waitLimiter(em, scope).get(keys[scope])));
  const waiting = waits.find((wait) => wait !== null && wait.consumedPoints > 1);
  if (waiting) throw tooManyAttempts(waiting.msBeforeNext);
}

/** The password was wrong: makes the next attempt wait, longer after each failure. */
export async function attemptFailed(em: EntityManager, keys: SignInKeys): Promise<void> {
  for (const scope of scopes()) {
    const count = await countLimiter(em, scope).get(keys[scope]);
    const failures = count?.consumedPoints ?? 0;
    const { backoffFrom, points } = SIGN_IN_LIMITS[scope];
    // At the limit the lock takes over; a wait would only shorten it.
    if (failures < backoffFrom || failures >= points) continue;
    await waitLimiter(em, scope).block(keys[scope], 2 ** (failures - backoffFrom));
  }
}

/** The password was right: the account starts afresh; the visitor gets their point back. */
export async function attemptSucceeded(em: EntityManager, keys: SignInKeys): Promise<void> {
  await countLimiter(em, 'account').delete(keys.account);
  await waitLimiter(em, 'account').delete(keys.account);
  await countLimiter(em, 'client').reward(keys.client);
}

/** Deletes limiter rows that expired over an hour ago (the library's own rule). */
export async function clearExpiredSignInLimits(em: EntityManager, now: Date = new Date()) {
  await em.execute('delete from engagement.sign_in_limit where expire < ?', [
    now.getTime() - 3_600_000,
  ]);
}

function tooManyAttempts(msBeforeNext: number) {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return appError('RATE_LIMITED', `Too many attempts. Try again in ${minutes} minutes.`, {
    retryAfterSeconds: Math.max(1, Math.ceil(msBeforeNext / 1000)),
  });
}

/** The visitor first, so hammering a locked account still uses up the visitor's attempts. */
const scopes = (): Scope[] => ['client', 'account'];

function countLimiter(em: EntityManager, scope: Scope) {
  const { keyPrefix, points, duration, blockDuration } = SIGN_IN_LIMITS[scope];
  return limiter(em, { keyPrefix: `sign-in:${keyPrefix}`, points, duration, blockDuration });
}

/** A key that is blocked (consumed 2 of 1) while the next attempt must wait. */
function waitLimiter(em: EntityManager, scope: Scope) {
  const { keyPrefix, duration } = SIGN_IN_LIMITS[scope];
  return limiter(em, { keyPrefix: `sign-in-wait:${keyPrefix}`, points: 1, duration });
}

function limiter(
  em: EntityManager,
  options: { keyPrefix: string; points: number; duration: number; blockDuration?: number },
) {
  return new RateLimiterPostgres({
    ...options,
    storeClient: rateLimiterStore(em),
    storeType: 'pool',
    schemaName: 'engagement',
    tableName: 'sign_in_limit',
    tableCreated: true,
    // Expired rows are removed at each sign-in (clearExpiredSignInLimits), not by a timer.
    clearExpiredByTimeout: false,
  });
}
