import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LimitTable, consumeOrRefuse } from '@engage/shared';
import { storedClientKey } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';

/**
 * Slows and then stops password guessing, per account and per visitor (`ctx.client`), for every
 * route the portal signs in by, because the portal asks us. Counts live in PostgreSQL (table
 * `engagement.sign_in_limit`, through the one database limit adapter, LimitTable in
 * @engage/shared), so every replica shares them.
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

/** The counts' table, `engagement.sign_in_limit` (made by our migration). */
const SIGN_IN_LIMIT_TABLE = new LimitTable('engagement', 'sign_in_limit', 'SignInLimitRow');
export const SignInLimitRow = SIGN_IN_LIMIT_TABLE.entity;

/** Keys as kept: hashed, so the table holds no email address and no client key as given. */
export function signInKeys(email: string, client: string): SignInKeys {
  const account = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
  return { account, client: storedClientKey(client) };
}

/**
 * Takes one attempt from the visitor and the account; RATE_LIMITED while either is locked or must
 * wait. An attempt made during a wait counts too: a burst of guesses locks the account as surely
 * as a patient run of them, and a person retyping a password does not try within seconds.
 */
export async function beginAttempt(em: EntityManager, keys: SignInKeys): Promise<void> {
  for (const scope of scopes()) {
    await consumeOrRefuse(countLimiter(em, scope), keys[scope], tooManyAttempts);
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

/** Deletes limiter rows that expired over an hour ago; called at each sign-in, not by a timer. */
export async function clearExpiredSignInLimits(em: EntityManager, now: Date = new Date()) {
  await SIGN_IN_LIMIT_TABLE.clearExpired(em, now);
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
  return SIGN_IN_LIMIT_TABLE.limiter(em, {
    keyPrefix: `sign-in:${keyPrefix}`,
    points,
    duration,
    blockDuration,
  });
}

/** A key that is blocked (consumed 2 of 1) while the next attempt must wait. */
function waitLimiter(em: EntityManager, scope: Scope) {
  const { keyPrefix, duration } = SIGN_IN_LIMITS[scope];
  return SIGN_IN_LIMIT_TABLE.limiter(em, {
    keyPrefix: `sign-in-wait:${keyPrefix}`,
    points: 1,
    duration,
  });
}
