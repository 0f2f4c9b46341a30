import type { EntityManager } from '@mikro-orm/postgresql';
import { Engagement } from './engagement.entity.ts';

/** The engagement tracker: what service.ts and context.ts wire in. */
export const engagementsModule = {
  entities: [Engagement],
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql's own type for resolver classes
  resolvers: [] as Function[],
  references: {},
  createLoaders: (_em: EntityManager) => ({}),
};
