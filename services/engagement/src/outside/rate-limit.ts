import { setTimeout as sleep } from 'node:timers/promises';

/**
 * At most `perSecond` requests start in any second, after a first `burst` that may go at once (a
 * token bucket). data.police.uk allows 15 requests a second per client with a burst of 30 and
 * answers 429 past that; the importer keeps under it by asking for fewer, rather than by
 * waiting to be told. The concurrency limit bounds requests in flight; this bounds their rate,
 * which matters when answers come back quickly.
 */
export type RateLimit = () => Promise<void>;

export function createRateLimit(options: { perSecond: number; burst?: number }): RateLimit {
  const { perSecond } = options;
  const burst = options.burst ?? perSecond;
  if (!(perSecond > 0) || !(burst >= 1)) {
    throw new RangeError('perSecond must be positive and burst at least 1');
  }
  const interval = 1000 / perSecond;
  let tokens = burst;
  let refilledAt = performance.now();
  // Each caller takes its turn: a later call never overtakes one that is already waiting.
  let queue: Promise<void> = Promise.resolve();

  const take = async () => {
    for (;;) {
      const now = performance.now();
      tokens = Math.min(burst, tokens + (now - refilledAt) / interval);
      refilledAt = now;
      if (tokens >= 1) {
        tokens -= 1;
        return;
      }
      await sleep((1 - tokens) * interval);
    }
  };

  return () => {
    const turn = queue.then(take);
    queue = turn;
    return turn;
  };
}
