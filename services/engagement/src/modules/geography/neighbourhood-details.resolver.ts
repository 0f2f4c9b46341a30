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
    nullable: true,
    description: 'Who lives there (public census figures, or demo ones); null until loaded.',
  })
  profile(@Root() neighbourhood: Neighbourhood, @Ctx() { loaders }: EngagementContext) {
    return loaders.profileByNeighbourhood.load(neighbourhood.id);
  }
}
