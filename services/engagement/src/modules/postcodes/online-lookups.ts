import { z } from 'zod';
import { env, loadConfig } from '@engage/shared';
import { DEFAULT_TIMEOUT_MS, type OutsideLogger } from '../../outside/http-json.ts';
import { LookupCache } from '../../outside/lookup-cache.ts';
import {
  POLICE_API_URL,
  PoliceApiClient,
  type LocateNeighbourhoodResult,
} from '../../outside/police-api.ts';
import {
  POSTCODES_IO_URL,
  PostcodesIoClient,
  type GeocodeResult,
} from '../../outside/postcodes-io.ts';
import type { OnlineLookups } from './locate.ts';

/**
 * Whether the postcode search may ask postcodes.io and data.police.uk, and where they are. Off
 * by default: a force that keeps full sector coverage never needs them, and our build and test
 * machines are offline.
 */
export const onlineLookupsSettings = {
  ONLINE_LOOKUPS: env.flag(false),
  POSTCODES_IO_URL: env.url().default(POSTCODES_IO_URL),
  POLICE_API_URL: env.url().default(POLICE_API_URL),
  /** Per outside call. A lookup makes at most two, so a resident waits at most twice this. */
  LOOKUP_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(DEFAULT_TIMEOUT_MS),
};

export type OnlineLookupsConfig = z.output<z.ZodObject<typeof onlineLookupsSettings>>;

/** Throws a ConfigError naming the bad variable, at start-up. */
export function loadOnlineLookupsConfig(
  source: NodeJS.ProcessEnv = process.env,
): OnlineLookupsConfig {
  return loadConfig(onlineLookupsSettings, source);
}

/**
 * The locator's `online` dependency, or undefined when online lookups are off. Build it once per
 * process: its caches are what keep a popular postcode to one outside call a day.
 */
export function createOnlineLookups(
  config: OnlineLookupsConfig,
  options: { logger?: OutsideLogger } = {},
): OnlineLookups | undefined {
  if (!config.ONLINE_LOOKUPS) return undefined;
  const timeoutMs = config.LOOKUP_TIMEOUT_MS;
  const postcodesIo = new PostcodesIoClient({
    baseUrl: config.POSTCODES_IO_URL,
    timeoutMs,
    ...options,
  });
  const police = new PoliceApiClient({ baseUrl: config.POLICE_API_URL, timeoutMs, ...options });
  const geocodes = new LookupCache<GeocodeResult>();
  const locations = new LookupCache<LocateNeighbourhoodResult>();
  return {
    geocode: (postcode) => geocodes.getOrLoad(postcode, () => postcodesIo.geocode(postcode)),
    locateNeighbourhood: (latitude, longitude) =>
      locations.getOrLoad(`${latitude},${longitude}`, () =>
        police.locateNeighbourhood(latitude, longitude),
      ),
  };
}
