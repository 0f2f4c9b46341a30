import type { MergedLoaders, SubgraphContext } from '@engage/shared/graphql';
import type { createCommanderUpdateLoaders } from './modules/commander-updates/commander-updates.loaders.ts';
import type { createCommunityEventLoaders } from './modules/community-events/community-events.loaders.ts';
import type { createEngagementLoaders } from './modules/engagements/engagements.loaders.ts';
import type { createGeographyLoaders } from './modules/geography/geography.loaders.ts';
import type { createLocatorLoaders } from './modules/geography/locator.loaders.ts';
import type { createNeighbourhoodDetailLoaders } from './modules/geography/neighbourhood-details.loaders.ts';
import type { createPeopleLoaders } from './modules/people/people.loaders.ts';
import type { createPriorityLoaders } from './modules/priorities/priorities.loaders.ts';
import type { createSocialMediaLoaders } from './modules/social-media/social-media.loaders.ts';

/**
 * The loaders every request gets, by the factories the modules wire in (service.ts checks they
 * agree). Named from the loader files, not the module indexes: those import the resolvers, which
 * import this file.
 */
export type EngagementLoaders = MergedLoaders<
  [
    typeof createGeographyLoaders,
    typeof createNeighbourhoodDetailLoaders,
    typeof createLocatorLoaders,
    typeof createPeopleLoaders,
    typeof createPriorityLoaders,
    typeof createEngagementLoaders,
    typeof createCommunityEventLoaders,
    typeof createCommanderUpdateLoaders,
    typeof createSocialMediaLoaders,
  ]
>;

export type EngagementContext = SubgraphContext<EngagementLoaders>;
