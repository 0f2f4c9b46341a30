import type { EntityManager } from '@mikro-orm/postgresql';
import { createLogger } from '@engage/shared';
import type { SubgraphContext } from '@engage/shared/graphql';
import { createGeographyLoaders } from './modules/geography/geography.loaders.ts';
import { createNeighbourhoodDetailLoaders } from './modules/geography/neighbourhood-details.loaders.ts';
import { neighbourhoodLookups } from './modules/geography/neighbourhood-lookups.ts';
import { createPeopleLoaders } from './modules/people/people.loaders.ts';
import { commanderUpdatesModule } from './modules/commander-updates/index.ts';
import { communityEventsModule } from './modules/community-events/index.ts';
import { complianceModule } from './modules/compliance/index.ts';
import { engagementsModule } from './modules/engagements/index.ts';
import { prioritiesModule } from './modules/priorities/index.ts';
import { socialMediaModule } from './modules/social-media/index.ts';
import { createNeighbourhoodLocator } from './modules/postcodes/locate.ts';
import {
  createOnlineLookups,
  loadOnlineLookupsConfig,
} from './modules/postcodes/online-lookups.ts';

/**
 * Built once per process, when the service loads (so a bad ONLINE_LOOKUPS setting stops it at
 * start-up): the outside lookups hold the caches that keep a popular postcode to one call a day.
 */
const onlineLookups = createOnlineLookups(loadOnlineLookupsConfig(), {
  logger: createLogger('engagement').child({ component: 'outside' }),
});

/** Per request: the batching loaders, and what needs the request's EntityManager. */
export const createLoaders = (em: EntityManager) => ({
  ...createGeographyLoaders(em),
  ...createNeighbourhoodDetailLoaders(em),
  ...createPeopleLoaders(em),
  ...prioritiesModule.createLoaders(em),
  ...engagementsModule.createLoaders(em),
  ...communityEventsModule.createLoaders(em),
  ...commanderUpdatesModule.createLoaders(em),
  ...socialMediaModule.createLoaders(em),
  ...complianceModule.createLoaders(em),
  locator: createNeighbourhoodLocator({ ...neighbourhoodLookups(em), online: onlineLookups }),
});

export type EngagementContext = SubgraphContext<ReturnType<typeof createLoaders>>;
