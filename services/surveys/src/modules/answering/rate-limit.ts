import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimiterStore } from '@engage/shared';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { appError } from '@engage/shared/graphql';

/**
 * Per-client limits (the client: ctx.client, see clientKey) for the public, unauthenticated writes, kept in PostgreSQL (table
 * `surveys.rate_limit`, made by our migration) so every replica shares one count. The limiter
 * talks to the database through the request's own connection (rateLimiterStore), so it needs no
 * pool of its own.
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

/** The table rate-limiter-flexible's PostgreSQL store expects, declared so migrations make it. */
@Entity({ tableName: 'rate_limit' })
export class RateLimitRow {
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  /** Epoch milliseconds; null for a key that never expires. */
  @Property({ type: 'bigint', nullable: true })
  expire!: string | null;
}

export type LimitName = keyof typeof LIMITS;

/**
 * The client as we store it (limiter rows, poll votes): ctx.client, the opaque key the edge
 * derived and the gateway signed, hashed once more to a fixed 64 characters for the columns. The
 * edge already keyed it, so a plain hash is enough; the one identity is still ctx.client.
 */
export function clientKey(client: string): string {
  return createHash('sha256').update(`client:${client}`).digest('hex');
}

/** Takes one point for the client; RATE_LIMITED when they have none left. */
export async function consumeLimit(
  em: EntityManager,
  name: LimitName,
  client: string,
): Promise<void> {
  const limiter = new RateLimiterPostgres({
    ...LIMITS[name],
    storeClient: rateLimiterStore(em),
    storeType: 'pool',
    schemaName: 'surveys',
    tableName: 'rate_limit',
    tableCreated: true,
    // Expired rows are removed by the round calendar job (clearExpiredLimits), not a timer.
    clearExpiredByTimeout: false,
  });
  try {
    await limiter.consume(client);
  } catch (result) {
    if (result instanceof RateLimiterRes) {
      const minutes = Math.max(1, Math.ceil(result.msBeforeNext / 60_000));
      throw appError(
        'RATE_LIMITED',
        `Too many attempts from here. Please try again in ${minutes} minutes.`,
      );
    }
    throw result;
  }
}

/** Deletes limiter rows that expired over an hour ago (the library's own rule). */
export async function clearExpiredLimits(em: EntityManager, now: Date = new Date()) {
  await em.execute('delete from surveys.rate_limit where expire < ?', [now.getTime() - 3_600_000]);
}
