import { setTimeout as sleep } from 'node:timers/promises';
import type { HttpJsonResult, Unavailable } from './http-json.ts';

/**
 * Retrying for the importer, which runs in the background and would rather wait than skip a
 * neighbourhood. Only "slow down" answers are retried: 429 (over the rate limit) and 503 (busy).
 * A resident's lookup is never retried: they are waiting, and the page offers "try again".
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Waits double from this: 0.5 s, 1 s, 2 s by default, unless the API says how long. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const IMPORTER_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 10_000 };

export async function retryWhenBusy<T>(
  call: () => Promise<HttpJsonResult<T>>,
  policy: RetryPolicy,
): Promise<HttpJsonResult<T>> {
  for (let attempt = 1; ; attempt += 1) {
    const result = await call();
    if (!isBusy(result) || attempt >= policy.attempts) return result;
    const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
    await sleep(Math.min(result.retryAfterMs ?? backoff, policy.maxDelayMs));
  }
}

function isBusy<T>(result: HttpJsonResult<T>): result is Unavailable {
  return result.kind === 'unavailable' && (result.status === 429 || result.status === 503);
}
