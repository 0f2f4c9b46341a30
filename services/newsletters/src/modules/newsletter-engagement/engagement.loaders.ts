import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { teamEngagement, type TeamEngagement } from './published-engagement.ts';

export function createEngagementLoaders(em: EntityManager) {
  return {
    /**
     * A team's published engagement table, once per team per request however many of its issues
     * a page lists (a page lists one team's, so one table is the usual batch).
     */
    teamEngagementByNeighbourhood: new DataLoader<string, TeamEngagement>((ids) =>
      Promise.all(ids.map((id) => teamEngagement(em, id))),
    ),
  };
}
