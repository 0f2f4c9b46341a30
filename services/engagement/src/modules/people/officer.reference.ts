import type { EngagementContext } from '../../context.ts';

export const officerReference = {
  __resolveReference: (reference: { id: string }, context: EngagementContext) =>
    context.loaders.officerById.load(reference.id),
};
