import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOOKUP_CACHE_DEFAULTS, LookupCache } from '../../src/outside/lookup-cache.ts';
import {
  POSTCODES_IO_URL,
  PostcodesIoClient,
  type GeocodeResult,
} from '../../src/outside/postcodes-io.ts';
import { createOutsideApis } from '../support/outside-apis.ts';

const apis = createOutsideApis();
beforeAll(apis.listen);
afterEach(apis.reset);
afterAll(apis.close);

const MINUTE_MS = 60_000;

/** A clock the test moves by hand; lru-cache measures its TTLs with it. */
function manualClock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

function cachedGeocoder() {
  const clock = manualClock();
  const cache = new LookupCache<GeocodeResult>({ clock });
  const client = new PostcodesIoClient();
  const geocode = (postcode: string) => cache.getOrLoad(postcode, () => client.geocode(postcode));
  return { geocode, clock };
}

describe('remembering outside lookups', () => {
  it('answers a second lookup of the same postcode without a second call to postcodes.io', async () => {
    const { geocode } = cachedGeocoder();
    const first = await geocode('LE1 5WW');
    const second = await geocode('LE1 5WW');
    expect(second).toEqual(first);
    expect(first).toMatchObject({ kind: 'found' });
    expect(apis.requests).toHaveLength(1);
  });

  it('remembers a found postcode for a day, then asks again', async () => {
    const { geocode, clock } = cachedGeocoder();
    await geocode('LE1 5WW');
    clock.advance(LOOKUP_CACHE_DEFAULTS.foundTtlMs - MINUTE_MS);
    await geocode('LE1 5WW');
    expect(apis.requests).toHaveLength(1);
    clock.advance(2 * MINUTE_MS);
    await geocode('LE1 5WW');
    expect(apis.requests).toHaveLength(2);
  });

  it('remembers a postcode that was not found for only ten minutes', async () => {
    const { geocode, clock } = cachedGeocoder();
    await expect(geocode('LE1 9ZZ')).resolves.toEqual({ kind: 'not_found' });
    clock.advance(9 * MINUTE_MS);
    await geocode('LE1 9ZZ');
    expect(apis.requests).toHaveLength(1);
    clock.advance(2 * MINUTE_MS);
    await geocode('LE1 9ZZ');
    expect(apis.requests).toHaveLength(2);
  });

  it('never remembers an outage: the next resident gets a fresh try', async () => {
    const { geocode } = cachedGeocoder();
    apis.server.use(
      http.get(`${POSTCODES_IO_URL}/postcodes/:postcode`, () => HttpResponse.error(), {
        once: true,
      }),
    );
    await expect(geocode('LE1 5WW')).resolves.toMatchObject({ kind: 'unavailable' });
    await expect(geocode('LE1 5WW')).resolves.toMatchObject({ kind: 'found' });
    expect(apis.requests).toHaveLength(2);
  });

  it('makes one call when two residents look up the same postcode at the same moment', async () => {
    const { geocode } = cachedGeocoder();
    const [first, second] = await Promise.all([geocode('LE1 5WW'), geocode('LE1 5WW')]);
    expect(second).toEqual(first);
    expect(apis.requests).toHaveLength(1);
  });

  it('keeps at most the number of answers it is given room for, dropping the least used', async () => {
    const cache = new LookupCache<{ kind: 'found'; n: number }>({ max: 2 });
    let loads = 0;
    const load = (n: number) => () => {
      loads += 1;
      return Promise.resolve({ kind: 'found' as const, n });
    };
    await cache.getOrLoad('a', load(1));
    await cache.getOrLoad('b', load(2));
    await cache.getOrLoad('a', load(1));
    await cache.getOrLoad('c', load(3));
    await cache.getOrLoad('a', load(1));
    expect(loads).toBe(3);
    await cache.getOrLoad('b', load(2));
    expect(loads).toBe(4);
  });
});
