import { HeaderMap } from '@apollo/server';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Caller } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import type { GatewayLimits } from './limits.ts';

/**
 * Counts each client's requests per minute, anonymous callers against a lower limit than staff.
 * The key is the client derived at the edge (callerFromRequest), never anything the caller names.
 *
 * The counts are kept in this process's memory: the gateway has no database of its own, so two
 * gateway replicas count separately (each client gets the limit once per replica) and a restart
 * forgets. That bounds one client well enough behind one gateway; a force that runs several
 * should move the counts to a shared store (rate-limiter-flexible has Redis and PostgreSQL ones).
 */
export function clientRateLimit(
  limits: Pick<GatewayLimits, 'anonymousRequestsPerMinute' | 'staffRequestsPerMinute'>,
) {
  const anonymous = new RateLimiterMemory({
    keyPrefix: 'anonymous',
    points: limits.anonymousRequestsPerMinute,
    duration: 60,
  });
  const staff = new RateLimiterMemory({
    keyPrefix: 'staff',
    points: limits.staffRequestsPerMinute,
    duration: 60,
  });
  /** Takes one request from the caller's allowance; RATE_LIMITED (429) when none is left. */
  return async function consume(caller: Caller): Promise<void> {
    // The portal's service calls count with staff: only the portal can sign them.
    const limiter = caller.actor.kind === 'anonymous' ? anonymous : staff;
    try {
      await limiter.consume(caller.client);
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      const seconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000));
      throw appError(
        'RATE_LIMITED',
        `Too many requests from here. Please try again in ${seconds} seconds.`,
        {
          retryAfterSeconds: seconds,
          http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) },
        },
      );
    }
  };
}
