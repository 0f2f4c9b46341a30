import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EngagementContext } from '../../context.ts';
import { CoverageArea } from './coverage-area.entity.ts';
import { NeighbourhoodProfile } from './neighbourhood-profile.entity.ts';
import { Neighbourhood } from './neighbourhood.entity.ts';

@Resolver(() => Neighbourhood)
export class NeighbourhoodDetailsResolver {
  @FieldResolver(() => [CoverageArea], { description: 'The wards and parishes it covers.' })
  coverage(@Root() neighbourhood: Neighbourhood, @Ctx() { loaders }: EngagementContext) {
    return loaders.coverageByNeighbourhood.load(neighbourhood.id);
  }

  @FieldResolver(() => [String], { description: 'The postcode sectors it covers, e.g. "LE1 5".' })
  async postcodeSectors(
    @Root() neighbourhood: Neighbourhood,
    @Ctx() { loaders }: EngagementContext,
  ) {
    const sectors = await loaders.sectorsByNeighbourhood.load(neighbourhood.id);
    return sectors.map((row) => row.sector);
  }

  @FieldResolver(() => NeighbourhoodProfile, {
    description:
      'Who lives in the team’s area (census and deprivation figures); null when no profile has been loaded for it. isDemoData marks invented demo figures.',
    nullable: true,
  })
  profile(@Root() neighbourhood: Neighbourhood, @Ctx() { loaders }: EngagementContext) {
    return loaders.profileByNeighbourhood.load(neighbourhood.id);
  }
}
