import { loadConfig } from '@engage/shared';
import { onlineLookupsSettings } from './modules/postcodes/online-lookups.ts';

/** The engagement service's own settings, beside the ones every subgraph reads (service-main). */
const shape = {
  /** Whether, and where, the postcode search may ask postcodes.io and data.police.uk. */
  ...onlineLookupsSettings,
};

export type EngagementSettings = ReturnType<typeof loadConfig<typeof shape>>;

let loaded: EngagementSettings | undefined;

/**
 * Read and checked once: when the service loads (the postcode locator is built from it) and again
 * at start-up, so a bad ONLINE_LOOKUPS setting stops the service with a message naming it.
 */
export function engagementSettings(environment: NodeJS.ProcessEnv = process.env) {
  loaded ??= loadConfig(shape, environment);
  return loaded;
}
