import { LRUCache } from 'lru-cache';

/**
 * Remembers the answers of outside lookups so a popular postcode costs one call a day, not one
 * per resident. Postcodes and neighbourhood boundaries change a few times a year, so a day-old
 * answer is safe. "Not found" is kept only briefly: a brand-new postcode appears in postcodes.io
 * within its monthly update, and a typo should not hide it for long. "Unavailable" is never
 * kept: the next resident should get a fresh try, not our memory of an outage.
 */

export interface LookupCacheOptions {
  /** 10,000 answers of a few hundred bytes each: a few MB, most of a county's busy postcodes. */
  max?: number;
  foundTtlMs?: number;
  notFoundTtlMs?: number;
  /** For tests: the clock the TTLs are measured with. */
  clock?: { now(): number };
}

const HOUR_MS = 60 * 60 * 1000;

export const LOOKUP_CACHE_DEFAULTS = {
  max: 10_000,
  foundTtlMs: 24 * HOUR_MS,
  notFoundTtlMs: 10 * 60 * 1000,
} as const;

type Answer = { kind: string };

export class LookupCache<Value extends Answer> {
  readonly #cache: LRUCache<string, Value>;
  readonly #ttlByKind: ReadonlyMap<string, number>;
  /** Two residents asking at once share one call. */
  readonly #inFlight = new Map<string, Promise<Value>>();

  constructor(options: LookupCacheOptions = {}) {
    this.#cache = new LRUCache<string, Value>({
      max: options.max ?? LOOKUP_CACHE_DEFAULTS.max,
      // Every entry gets its own TTL in set(); this is the fallback lru-cache requires.
      ttl: LOOKUP_CACHE_DEFAULTS.notFoundTtlMs,
      // lru-cache reuses one reading of its clock for 1 ms; a hand-moved test clock needs it
      // read every time.
      ...(options.clock ? { perf: options.clock, ttlResolution: 0 } : {}),
    });
    this.#ttlByKind = new Map([
      ['found', options.foundTtlMs ?? LOOKUP_CACHE_DEFAULTS.foundTtlMs],
      ['not_found', options.notFoundTtlMs ?? LOOKUP_CACHE_DEFAULTS.notFoundTtlMs],
    ]);
  }

  /** The remembered answer for `key`, or `load()`'s, remembered when it is worth keeping. */
  async getOrLoad(key: string, load: () => Promise<Value>): Promise<Value> {
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const pending = this.#inFlight.get(key);
    if (pending) return pending;
    const loading = load()
      .then((value) => {
        const ttl = this.#ttlByKind.get(value.kind);
        if (ttl !== undefined) this.#cache.set(key, value, { ttl });
        return value;
      })
      .finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, loading);
    return loading;
  }
}
