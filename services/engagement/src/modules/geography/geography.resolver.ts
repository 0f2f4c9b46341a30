import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { EngagementContext } from '../../context.ts';
import { Neighbourhood } from './neighbourhood.entity.ts';
import { PolicingArea } from './policing-area.entity.ts';

@Resolver(() => PolicingArea)
export class PolicingAreaResolver {
  @Query(() => [PolicingArea], { description: 'Every NPA of the force, by name.' })
  policingAreas(@Ctx() { em }: EngagementContext): Promise<PolicingArea[]> {
    return em.find(PolicingArea, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => PolicingArea, {
    description:
      'One neighbourhood policing area (NPA) by its slug; null when there is none by that slug. Public.',
    nullable: true,
  })
  policingArea(
    @Arg('slug', { description: 'The NPA’s slug, as in its page’s address (city-centre).' })
    slug: string,
    @Ctx() { em }: EngagementContext,
  ): Promise<PolicingArea | null> {
    return em.findOne(PolicingArea, { slug });
  }

  @FieldResolver(() => [Neighbourhood], { description: 'The NPA’s neighbourhoods, by name.' })
  neighbourhoods(@Root() area: PolicingArea, @Ctx() { loaders }: EngagementContext) {
    return loaders.neighbourhoodsByArea.load(area.id);
  }
}

@Resolver(() => Neighbourhood)
export class NeighbourhoodResolver {
  @Query(() => Neighbourhood, { nullable: true, description: 'A neighbourhood by its URL name.' })
  neighbourhood(
    @Arg('slug', { description: 'The team’s slug, as in its page’s address (castle).' })
    slug: string,
    @Ctx() { em }: EngagementContext,
  ): Promise<Neighbourhood | null> {
    return em.findOne(Neighbourhood, { slug });
  }

  @FieldResolver(() => PolicingArea, { description: 'The NPA the team belongs to.' })
  async policingArea(@Root() neighbourhood: Neighbourhood, @Ctx() { loaders }: EngagementContext) {
    const area = await loaders.policingAreaById.load(neighbourhood.policingArea.id);
    if (!area) throw new Error(`Neighbourhood ${neighbourhood.id} has no policing area.`);
    return area;
  }
}
