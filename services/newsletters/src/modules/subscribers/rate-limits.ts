import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LimitTable, consumeOrRefuse } from '@engage/shared';
import { storedClientKey } from '@engage/shared/auth';
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

/**
 * The counts' table, `newsletters.sign_up_limit`, through the one database limit adapter
 * (LimitTable, @engage/shared): every replica of the service shares the counts, over the
 * request's own connection.
 */
const SIGN_UP_LIMITS = new LimitTable('newsletters', 'sign_up_limit', 'SignUpLimitRow');
export const SignUpLimitRow = SIGN_UP_LIMITS.entity;

function retryAfter(what: string) {
  return (msBeforeNext: number) => {
    const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    const message = `${what} Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
    return appError('RATE_LIMITED', message, { retryAfterSeconds });
  };
}

/**
 * Counts one sign-up for the client, the mailbox and the hourly mail budget, in that order;
 * RATE_LIMITED (with `retryAfterSeconds`) at the first that is over. The mailbox is counted by
 * a hash of its limit key, so the table holds no address. Rows that expired over an hour ago go
 * first, so no timer runs in every replica.
 */
export async function countSignUp(
  em: EntityManager,
  limits: { client: string; addressLimitKey: string; hourlyBudget: number },
): Promise<void> {
  const limiter = (keyPrefix: string, limit: { points: number; duration: number }) =>
    SIGN_UP_LIMITS.limiter(em, { keyPrefix, ...limit });
  const addressKey = createHash('sha256').update(limits.addressLimitKey).digest('base64url');
  const tooMany = retryAfter('Too many sign-ups.');
  await SIGN_UP_LIMITS.clearExpired(em);
  await consumeOrRefuse(
    limiter('client', SIGN_UPS_PER_CLIENT),
    storedClientKey(limits.client),
    tooMany,
  );
  await consumeOrRefuse(limiter('address', SIGN_UPS_PER_ADDRESS), addressKey, tooMany);
  await consumeOrRefuse(
    limiter('confirmation-mail', { points: limits.hourlyBudget, duration: 60 * 60 }),
    'all',
    retryAfter(
      'We are sending a lot of confirmation emails just now, so we cannot take your sign-up yet.',
    ),
  );
}
