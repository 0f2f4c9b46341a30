import { defineModule } from '@engage/shared/graphql';
import {
  EngagementTeamIdResolver,
  PriorityUpdatePriorityIdResolver,
  RecordExportsResolver,
  SocialPostTeamIdResolver,
} from './record-exports.resolver.ts';

/** Force-wide lists of the teams' records, changed since a given time, for flat exports. */
export const recordExportsModule = defineModule({
  name: 'record-exports',
  resolvers: [
    RecordExportsResolver,
    EngagementTeamIdResolver,
    SocialPostTeamIdResolver,
    PriorityUpdatePriorityIdResolver,
  ],
});
