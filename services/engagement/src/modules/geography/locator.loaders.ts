import type { EntityManager } from '@mikro-orm/postgresql';
import { createLogger } from '@engage/shared';
import { engagementSettings } from '../../settings.ts';
import { createNeighbourhoodLocator } from '../postcodes/locate.ts';
import { createOnlineLookups } from '../postcodes/online-lookups.ts';
import { neighbourhoodLookups } from './neighbourhood-lookups.ts';

/**
 * Built once per process, when the service loads (so a bad ONLINE_LOOKUPS setting stops it at
 * start-up): the outside lookups hold the caches that keep a popular postcode to one call a day.
 */
const onlineLookups = createOnlineLookups(engagementSettings(), {
  logger: createLogger('engagement').child({ component: 'outside' }),
});

/** Per request: the postcode locator, on the request's EntityManager. */
export function createLocatorLoaders(em: EntityManager) {
  return {
    locator: createNeighbourhoodLocator({ ...neighbourhoodLookups(em), online: onlineLookups }),
  };
}
