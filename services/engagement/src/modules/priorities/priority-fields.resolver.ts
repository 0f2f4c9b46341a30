import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { appError } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { mayManageTeam } from '@engage/shared/auth';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { PriorityUpdate } from './priority-update.entity.ts';
import { Priority } from './priority.entity.ts';

@Resolver(() => Neighbourhood)
export class NeighbourhoodPrioritiesResolver {
  @FieldResolver(() => [Priority], {
    description:
      'The team’s priorities, newest quarter first. Drafts only for the team’s managers ' +
      '(includeDrafts: true), FORBIDDEN for anyone else.',
  })
  priorities(
    @Root() neighbourhood: Neighbourhood,
    @Arg('includeDrafts', {
      description:
        'True to include draft priorities too: only for the team’s own staff, its commander and admins.',
      defaultValue: false,
    })
    includeDrafts: boolean,
    @Ctx() { actor, loaders }: EngagementContext,
  ): Promise<Priority[]> {
    if (!includeDrafts) return loaders.publicPrioritiesByNeighbourhood.load(neighbourhood.id);
    const team = { id: neighbourhood.id, policingAreaId: neighbourhood.policingArea.id };
    if (!mayManageTeam(actor, team)) {
      throw appError('FORBIDDEN', 'Only the team’s officers and commander can see its drafts.');
    }
    return loaders.allPrioritiesByNeighbourhood.load(neighbourhood.id);
  }
}

@Resolver(() => Priority)
export class PriorityFieldsResolver {
  @FieldResolver(() => [PriorityUpdate], { description: '“We did”: newest action first.' })
  updates(@Root() priority: Priority, @Ctx() { loaders }: EngagementContext) {
    return loaders.priorityUpdatesByPriority.load(priority.id);
  }

  @FieldResolver(() => Neighbourhood, { description: 'The team the priority belongs to.' })
  async neighbourhood(@Root() priority: Priority, @Ctx() { loaders }: EngagementContext) {
    const neighbourhood = await loaders.neighbourhoodById.load(priority.neighbourhood.id);
    if (!neighbourhood) throw new Error(`Priority ${priority.id} has no neighbourhood.`);
    return neighbourhood;
  }
}
