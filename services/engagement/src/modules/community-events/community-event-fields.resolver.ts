import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { appError } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { mayManageTeam } from '@engage/shared/auth';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { CommunityEvent } from './community-event.entity.ts';

@Resolver(() => Neighbourhood)
export class NeighbourhoodEventsResolver {
  @FieldResolver(() => [CommunityEvent], {
    description: 'Published events that have not started yet, soonest first (at most 10).',
  })
  upcomingEvents(@Root() neighbourhood: Neighbourhood, @Ctx() { loaders }: EngagementContext) {
    return loaders.upcomingEventsByNeighbourhood.load(neighbourhood.id);
  }

  @FieldResolver(() => [CommunityEvent], {
    description:
      'Every event of the team, drafts and cancelled ones too, newest start first. ' +
      'Only for the team’s managers (FORBIDDEN for anyone else).',
  })
  events(@Root() neighbourhood: Neighbourhood, @Ctx() { actor, loaders }: EngagementContext) {
    const team = { id: neighbourhood.id, policingAreaId: neighbourhood.policingArea.id };
    if (!mayManageTeam(actor, team)) {
      throw appError('FORBIDDEN', 'Only the team’s officers and commander can see all its events.');
    }
    return loaders.eventsByNeighbourhood.load(neighbourhood.id);
  }
}

@Resolver(() => CommunityEvent)
export class CommunityEventFieldsResolver {
  @FieldResolver(() => Neighbourhood, { description: 'The team holding the event.' })
  async neighbourhood(@Root() event: CommunityEvent, @Ctx() { loaders }: EngagementContext) {
    const neighbourhood = await loaders.neighbourhoodById.load(event.neighbourhood.id);
    if (!neighbourhood) throw new Error(`Event ${event.id} has no neighbourhood.`);
    return neighbourhood;
  }
}
