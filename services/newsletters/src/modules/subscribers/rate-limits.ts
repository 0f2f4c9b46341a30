import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { appError } from '@engage/shared/graphql';

/**
 * Sign-up limits. 3 an hour per mailbox (counted by its limit key, so `+tags`, Gmail's dots and
 * full-width letters are one mailbox): a resident who mistyped a choice can try again, but nobody
 * can use us to flood a stranger's inbox. 20 an hour per client (`ctx.client`, the key the edge
 * derives for the visitor's browser or connection, never an argument): a household or an office
 * shares one address. And a budget for confirmation mail from everyone together
 * (CONFIRMATION_MAIL_HOURLY_BUDGET, 500 by default, about ten times the busiest hour of the demo
 * force): if many clients each stay under their limit, our sending reputation still cannot be
 * spent on strangers. Past the budget a sign-up is refused (RATE_LIMITED, saying when to try
 * again), not kept for later: a confirmation that arrives hours late is one a resident no longer
 * expects, and a refused form keeps its values for the retry.
 */
export const SIGN_UPS_PER_ADDRESS = { points: 3, duration: 60 * 60 };
export const SIGN_UPS_PER_CLIENT = { points: 20, duration: 60 * 60 };
export const DEFAULT_CONFIRMATION_MAIL_HOURLY_BUDGET = 500;

interface Limiters {
  address: RateLimiterPostgres;
  client: RateLimiterPostgres;
  budget: RateLimiterPostgres;
}

/**
 * One set of limiters per connection pool and budget. The counts live in PostgreSQL (the table
 * `newsletters.sign_up_limit`, created by the limiter if missing), so every replica of the
 * service shares them; the pool is the ORM's own, so no second set of connections is opened.
 */
const byPool = new WeakMap<object, Map<number, Promise<Limiters>>>();

function createLimiters(pool: object, budget: number): Promise<Limiters> {
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
  // One after another: each may create the shared table, and two at once would race to.
  return make('address', SIGN_UPS_PER_ADDRESS).then(async (address) => ({
    address,
    client: await make('client', SIGN_UPS_PER_CLIENT),
    budget: await make('confirmation-mail', { points: budget, duration: 60 * 60 }),
  }));
}

async function limitersFor(em: EntityManager, budget: number): Promise<Limiters> {
  const pool = await em.getConnection().getNativeClient();
  const forPool = byPool.get(pool) ?? new Map<number, Promise<Limiters>>();
  byPool.set(pool, forPool);
  let limiters = forPool.get(budget);
  if (!limiters) {
    limiters = createLimiters(pool, budget);
    forPool.set(budget, limiters);
    limiters.catch(() => forPool.delete(budget));
  }
  return limiters;
}

function retryAfter(result: RateLimiterRes, what: string) {
  const retryAfterSeconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const message = `${what} Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  return appError('RATE_LIMITED', message, { retryAfterSeconds });
}

async function consume(limiter: RateLimiterPostgres, key: string, what: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw retryAfter(error, what);
    throw error;
  }
}

/**
 * Counts one sign-up for the client, the mailbox and the hourly mail budget, in that order;
 * RATE_LIMITED (with `retryAfterSeconds`) at the first that is over. The mailbox is counted by
 * a hash of its limit key, so the table holds no address.
 */
export async function countSignUp(
  em: EntityManager,
  limits: { client: string; addressLimitKey: string; hourlyBudget: number },
): Promise<void> {
  const limiters = await limitersFor(em, limits.hourlyBudget);
  const addressKey = createHash('sha256').update(limits.addressLimitKey).digest('base64url');
  await consume(limiters.client, limits.client.slice(0, 200), 'Too many sign-ups.');
  await consume(limiters.address, addressKey, 'Too many sign-ups.');
  await consume(
    limiters.budget,
    'all',
    'We are sending a lot of confirmation emails just now, so we cannot take your sign-up yet.',
  );
}
