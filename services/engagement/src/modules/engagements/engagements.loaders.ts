import type { EntityManager } from '@mikro-orm/postgresql';
import { Engagement } from './engagement.entity.ts';
import { createTeamRecordPageLoader } from './team-record-pages.ts';

export function createEngagementLoaders(em: EntityManager) {
  return {
    engagementPages: createTeamRecordPageLoader(em, Engagement, 'heldOn'),
  };
}
