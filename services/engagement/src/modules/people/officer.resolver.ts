import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EngagementContext } from '../../context.ts';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { Officer } from './officer.entity.ts';

@Resolver(() => Neighbourhood)
export class NeighbourhoodOfficersResolver {
  @FieldResolver(() => [Officer], { description: 'The team, sergeants first.' })
  officers(@Root() neighbourhood: Neighbourhood, @Ctx() { loaders }: EngagementContext) {
    return loaders.officersByNeighbourhood.load(neighbourhood.id);
  }
}

@Resolver(() => Officer)
export class OfficerResolver {
  @FieldResolver(() => Neighbourhood, { description: 'The officer’s team.' })
  async neighbourhood(@Root() officer: Officer, @Ctx() { loaders }: EngagementContext) {
    const neighbourhood = await loaders.neighbourhoodById.load(officer.neighbourhood.id);
    if (!neighbourhood) throw new Error(`Officer ${officer.id} has no neighbourhood.`);
    return neighbourhood;
  }
}
