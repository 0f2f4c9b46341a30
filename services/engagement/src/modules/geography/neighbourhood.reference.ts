import type { EngagementContext } from '../../context.ts';

export const neighbourhoodReference = {
  __resolveReference: (reference: { id: string }, context: EngagementContext) =>
    context.loaders.neighbourhoodById.load(reference.id),
};
