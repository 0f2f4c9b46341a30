import type { ReferenceResolvers } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { mayManageTeam } from '@engage/shared/auth';
import { PUBLIC_PRIORITY_STATUSES } from './priorities.loaders.ts';

/**
 * Other subgraphs (newsletters) refer to priorities by id. A DRAFT resolves only for the team's
 * managers, so a reference can never show the public what the team has not published.
 */
export const priorityReference: ReferenceResolvers[string] = {
  __resolveReference: async (reference: { id: string }, { loaders, actor }: EngagementContext) => {
    const priority = await loaders.priorityById.load(reference.id);
    if (!priority || PUBLIC_PRIORITY_STATUSES.includes(priority.status)) return priority;
    const team = await loaders.neighbourhoodById.load(priority.neighbourhood.id);
    return team && mayManageTeam(actor, { id: team.id, policingAreaId: team.policingArea.id })
      ? priority
      : null;
  },
};
