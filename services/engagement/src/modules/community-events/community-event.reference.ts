import type { ReferenceResolvers } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { mayManageTeam } from '@engage/shared/auth';

/** By id, in one query per request; a DRAFT resolves only for the team's managers. */
export const communityEventReference: ReferenceResolvers[string] = {
  __resolveReference: async (reference: { id: string }, { loaders, actor }: EngagementContext) => {
    const event = await loaders.communityEventById.load(reference.id);
    if (!event || event.status !== 'DRAFT') return event;
    const team = await loaders.neighbourhoodById.load(event.neighbourhood.id);
    return team && mayManageTeam(actor, { id: team.id, policingAreaId: team.policingArea.id })
      ? event
      : null;
  },
};
