import type { Neighbourhood } from './neighbourhood.extension.ts';

/** Nothing to load: the fields this subgraph adds are resolved (in batches) from the id alone. */
export const neighbourhoodReference = {
  __resolveReference: (reference: { id: string }): Neighbourhood => ({ id: reference.id }),
};
