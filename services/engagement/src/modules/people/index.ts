import { defineModule } from '@engage/shared/graphql';
import { Officer } from './officer.entity.ts';
import { officerReference } from './officer.reference.ts';
import { NeighbourhoodOfficersResolver, OfficerResolver } from './officer.resolver.ts';
import { createPeopleLoaders } from './people.loaders.ts';

/** The officers of each team, as residents see them. */
export const peopleModule = defineModule({
  name: 'people',
  entities: [Officer],
  resolvers: [NeighbourhoodOfficersResolver, OfficerResolver],
  references: { Officer: officerReference },
  createLoaders: createPeopleLoaders,
});
