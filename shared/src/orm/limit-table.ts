import { EntitySchema } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimiterStore } from './rate-limiter-store.ts';

/** A row of rate-limiter-flexible's PostgreSQL store: a key's points and when they expire. */
export interface LimitRow {
  key: string;
  points: number;
  /** Epoch milliseconds; null for a key that never expires. */
  expire: string | null;
}

export interface LimitOptions {
  keyPrefix: string;
  points: number;
  /** Seconds the points last. */
  duration: number;
  /** Seconds a key stays refused once it has used its points. */
  blockDuration?: number;
}

/**
 * The one database rate-limit adapter: counts kept in a table of the service's own schema, so
 * every replica shares them. The table is declared as an entity (`entity`, listed with the
 * service's entities) so the service's migrations make it; the library never creates it. Each
 * limiter talks through the request's own connection (rateLimiterStore), so it needs no pool of
 * its own, and expired rows are cleared by the service (clearExpired), not by a timer per process.
 */
export class LimitTable {
  readonly entity: EntitySchema<LimitRow>;

  constructor(
    readonly schemaName: string,
    readonly tableName: string,
    entityName: string,
  ) {
    this.entity = new EntitySchema<LimitRow>({
      name: entityName,
      tableName,
      properties: {
        key: { type: 'string', length: 255, primary: true },
        points: { type: 'integer', default: 0 },
        expire: { type: 'bigint', nullable: true },
      },
    });
  }

  limiter(em: EntityManager, options: LimitOptions): RateLimiterPostgres {
    return new RateLimiterPostgres({
      ...options,
      storeClient: rateLimiterStore(em),
      storeType: 'pool',
      schemaName: this.schemaName,
      tableName: this.tableName,
      tableCreated: true,
      clearExpiredByTimeout: false,
    });
  }

  /** Deletes rows that expired over an hour ago (the library's own rule). */
  async clearExpired(em: EntityManager, now: Date = new Date()): Promise<void> {
    await em.execute(`delete from "${this.schemaName}"."${this.tableName}" where expire < ?`, [
      now.getTime() - 3_600_000,
    ]);
  }
}

/**
 * Takes one point for the key; when it has none left, throws what `refusal` makes of the wait
 * (each service words its own RATE_LIMITED answer).
 */
export async function consumeOrRefuse(
  limiter: RateLimiterPostgres,
  key: string,
  refusal: (msBeforeNext: number) => Error,
): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (result) {
    if (result instanceof RateLimiterRes) throw refusal(result.msBeforeNext);
    throw result;
  }
}
