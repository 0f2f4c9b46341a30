import type { EntityManager } from '@mikro-orm/postgresql';
import { LimitTable, consumeOrRefuse } from '@engage/shared';
import { appError } from '@engage/shared/graphql';

/**
 * Per-client limits (the client: ctx.client, kept as storedClientKey) for the public, unauthenticated writes, kept in PostgreSQL (table
 * `surveys.rate_limit`) through the one database limit adapter (LimitTable, @engage/shared), so
 * every replica shares one count.
 */
export const LIMITS = {
  /**
   * Open-link answers: 5 an hour per client. A household sharing one address can all answer;
   * a script filling the form in a loop is stopped after 5.
   */
  openLinkAnswer: { keyPrefix: 'open-link', points: 5, duration: 3600 },
  /** Poll votes: 30 an hour per client, across polls (one per poll is enforced separately). */
  pollVote: { keyPrefix: 'poll-vote', points: 30, duration: 3600 },
} as const;

/** The counts' table, `surveys.rate_limit` (made by our migration). */
const RATE_LIMITS = new LimitTable('surveys', 'rate_limit', 'RateLimitRow');
export const RateLimitRow = RATE_LIMITS.entity;

export type LimitName = keyof typeof LIMITS;

/** Takes one point for the client; RATE_LIMITED when they have none left. */
export async function consumeLimit(
  em: EntityManager,
  name: LimitName,
  client: string,
): Promise<void> {
  await consumeOrRefuse(RATE_LIMITS.limiter(em, LIMITS[name]), client, (msBeforeNext) => {
    const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
    return appError(
      'RATE_LIMITED',
      `Too many attempts from here. Please try again in ${minutes} minutes.`,
    );
  });
}

/**
 * Deletes limiter rows that expired over an hour ago; the round calendar job calls it, so no
 * timer runs in every replica.
 */
export async function clearExpiredLimits(em: EntityManager, now: Date = new Date()) {
  await RATE_LIMITS.clearExpired(em, now);
}
