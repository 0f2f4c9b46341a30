import type { SurveysContext } from '../../context.ts';
import type { Poll } from './poll.entity.ts';

/** Batched through the request's loader: one query for every poll the gateway asks about. */
export const pollReference = {
  __resolveReference: (reference: { id: string }, { loaders }: SurveysContext) =>
    loaders.pollById.load(reference.id) as Promise<Poll | null>,
};
