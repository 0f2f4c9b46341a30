import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, createLogger, type Logger } from '@engage/shared';
import { createNeighbourhoodLocator } from '../../src/modules/postcodes/locate.ts';
import {
  createOnlineLookups,
  loadOnlineLookupsConfig,
} from '../../src/modules/postcodes/online-lookups.ts';
import { POLICE_API_URL } from '../../src/outside/police-api.ts';
import { POSTCODES_IO_URL } from '../../src/outside/postcodes-io.ts';
import { createOutsideApis, fixtures } from '../support/outside-apis.ts';
import { validPostcode } from '../support/postcodes.ts';

const apis = createOutsideApis();
beforeAll(apis.listen);
afterEach(apis.reset);
afterAll(apis.close);

const LE1_5WW = validPostcode('LE1 5WW');

/** A locator whose own data knows no sector and no boundary, so every lookup goes online. */
function onlineOnlyLocator(environment: NodeJS.ProcessEnv, logger?: Logger) {
  const online = createOnlineLookups(
    loadOnlineLookupsConfig(environment),
    logger ? { logger } : {},
  );
  return createNeighbourhoodLocator({
    findBySector: async () => null,
    neighbourhoodBoundaries: async () => [],
    findByPoliceRef: async (force, id) =>
      `${force}/${id}` === 'leicestershire/NC04' ? 'castle' : null,
    ...(online ? { online } : {}),
  });
}

describe('online lookups configuration', () => {
  it('is off unless switched on, with the public APIs and a 3 second timeout', () => {
    expect(loadOnlineLookupsConfig({})).toEqual({
      ONLINE_LOOKUPS: false,
      POSTCODES_IO_URL: 'https://api.postcodes.io',
      POLICE_API_URL: 'https://data.police.uk/api',
      LOOKUP_TIMEOUT_MS: 3000,
    });
    expect(createOnlineLookups(loadOnlineLookupsConfig({}))).toBeUndefined();
  });

  it('names a bad setting at start-up', () => {
    const attempt = () =>
      loadOnlineLookupsConfig({ ONLINE_LOOKUPS: 'yes', POLICE_API_URL: 'data.police.uk' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/ONLINE_LOOKUPS is not valid/);
    expect(attempt).toThrow(/POLICE_API_URL is not valid/);
  });

  it('when switched on, finds a team through postcodes.io and data.police.uk', async () => {
    const locator = onlineOnlyLocator({ ONLINE_LOOKUPS: 'true' });
    await expect(locator.locate(LE1_5WW)).resolves.toEqual({
      kind: 'found',
      neighbourhoodId: 'castle',
      via: 'police-api',
    });
    expect(apis.requests).toEqual([
      `${POSTCODES_IO_URL}/postcodes/LE1%205WW`,
      `${POLICE_API_URL}/locate-neighbourhood?q=52.637536,-1.133903`,
    ]);
  });

  it('makes no outside call the second time the same postcode is looked up', async () => {
    const locator = onlineOnlyLocator({ ONLINE_LOOKUPS: '1' });
    await locator.locate(LE1_5WW);
    await expect(locator.locate(LE1_5WW)).resolves.toMatchObject({ kind: 'found' });
    expect(apis.requests).toHaveLength(2);
  });

  it('calls the URLs it is configured with', async () => {
    apis.server.use(
      http.get('http://postcodes.internal/postcodes/:postcode', () =>
        HttpResponse.json(fixtures.postcodesIo.le1_5ww),
      ),
      http.get('http://police.internal/api/locate-neighbourhood', () =>
        HttpResponse.json(fixtures.police.located),
      ),
    );
    const locator = onlineOnlyLocator({
      ONLINE_LOOKUPS: 'true',
      POSTCODES_IO_URL: 'http://postcodes.internal',
      POLICE_API_URL: 'http://police.internal/api',
    });
    await expect(locator.locate(LE1_5WW)).resolves.toMatchObject({ kind: 'found' });
    expect(apis.requests).toEqual([
      'http://postcodes.internal/postcodes/LE1%205WW',
      'http://police.internal/api/locate-neighbourhood?q=52.637536,-1.133903',
    ]);
  });

  it('gives up on an outside API after the configured timeout, and logs a warning', async () => {
    apis.server.use(
      http.get(`${POSTCODES_IO_URL}/postcodes/:postcode`, async () => {
        await delay(1_000);
        return HttpResponse.json(fixtures.postcodesIo.le1_5ww);
      }),
    );
    const lines: string[] = [];
    const logger = createLogger('engagement', 'warn', { write: (line) => lines.push(line) });
    const locator = onlineOnlyLocator({ ONLINE_LOOKUPS: 'true', LOOKUP_TIMEOUT_MS: '100' }, logger);
    const started = performance.now();
    await expect(locator.locate(LE1_5WW)).resolves.toEqual({ kind: 'unavailable' });
    expect(performance.now() - started).toBeLessThan(900);
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({
        level: 40,
        msg: 'outside API unavailable',
        url: `${POSTCODES_IO_URL}/postcodes/LE1%205WW`,
        cause: 'timeout',
      }),
    ]);
  });
});
