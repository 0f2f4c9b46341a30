import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { appError } from '@engage/shared/graphql';

/**
 * Sign-up limits. 3 an hour per address: a resident who mistyped a choice can try again, but
 * nobody can use us to flood a stranger's inbox. 20 an hour per client (the portal passes a hash
 * of the resident's IP): a household or an office shares one address.
 */
export const SIGN_UPS_PER_ADDRESS = { points: 3, duration: 60 * 60 };
export const SIGN_UPS_PER_CLIENT = { points: 20, duration: 60 * 60 };

interface Limiters {
  address: RateLimiterPostgres;
  client: RateLimiterPostgres;
}

/**
 * One pair of limiters per connection pool. The counts live in PostgreSQL (the table
 * `newsletters.sign_up_limit`, created by the limiter if missing), so every replica of the
 * service shares them; the pool is the ORM's own, so no second set of connections is opened.
 */
const byPool = new WeakMap<object, Promise<Limiters>>();

function createLimiters(pool: object): Promise<Limiters> {
  const make = (keyPrefix: string, limit: { points: number; duration: number }) =>
    new Promise<RateLimiterPostgres>((resolve, reject) => {
      const limiter: RateLimiterPostgres = new RateLimiterPostgres(
        {
          storeClient: pool,
          storeType: 'pool',
          schemaName: 'newsletters',
          tableName: 'sign_up_limit',
          keyPrefix,
          ...limit,
        },
        (error?: Error) => (error ? reject(error) : resolve(limiter)),
      );
    });
  return make('address', SIGN_UPS_PER_ADDRESS).then(async (address) => ({
    address,
    client: await make('client', SIGN_UPS_PER_CLIENT),
  }));
}

async function limitersFor(em: EntityManager): Promise<Limiters> {
  const pool = await em.getConnection().getNativeClient();
  let limiters = byPool.get(pool);
  if (!limiters) {
    limiters = createLimiters(pool);
    byPool.set(pool, limiters);
    limiters.catch(() => byPool.delete(pool));
  }
  return limiters;
}

function retryMessage(result: RateLimiterRes): { message: string; retryAfterSeconds: number } {
  const retryAfterSeconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return {
    message: `Too many sign-ups. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    retryAfterSeconds,
  };
}

/**
 * Counts one sign-up for the address and the client; RATE_LIMITED (with `retryAfterSeconds`)
 * once either is over its limit. The address is counted by a key that is not the address itself.
 */
export async function countSignUp(
  em: EntityManager,
  addressKey: string,
  client: string | null | undefined,
): Promise<void> {
  const limiters = await limitersFor(em);
  try {
    if (client) await limiters.client.consume(client.slice(0, 200));
    await limiters.address.consume(createHash('sha256').update(addressKey).digest('base64url'));
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const { message, retryAfterSeconds } = retryMessage(error);
      throw appError('RATE_LIMITED', message, { retryAfterSeconds });
    }
    throw error;
  }
}
