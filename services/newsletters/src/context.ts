import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphContext } from '@engage/shared/graphql';
import { createNewsletterLoaders } from './modules/newsletter/newsletter.loaders.ts';

export const createLoaders = (em: EntityManager) => ({ ...createNewsletterLoaders(em) });

export type NewslettersContext = SubgraphContext<ReturnType<typeof createLoaders>>;
