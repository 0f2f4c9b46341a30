import type { EngagementContext } from '../../context.ts';

export const policingAreaReference = {
  __resolveReference: (reference: { id: string }, context: EngagementContext) =>
    context.loaders.policingAreaById.load(reference.id),
};
