import type { EntityManager } from '@mikro-orm/postgresql';
import { createTeamRecordPageLoader } from '../engagements/team-record-pages.ts';
import { SocialPost } from './social-post.entity.ts';

export function createSocialMediaLoaders(em: EntityManager) {
  return {
    socialPostPages: createTeamRecordPageLoader(em, SocialPost, 'postedOn'),
  };
}
