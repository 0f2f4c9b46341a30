import { defineModule } from '@engage/shared/graphql';
import {
  EngagementTeamResolver,
  PriorityUpdatePriorityIdResolver,
  RecordExportsResolver,
  SocialPostTeamResolver,
} from './record-exports.resolver.ts';

/** Force-wide lists of the teams' records, changed since a given time, for flat exports. */
export const recordExportsModule = defineModule({
  name: 'record-exports',
  resolvers: [
    RecordExportsResolver,
    EngagementTeamResolver,
    SocialPostTeamResolver,
    PriorityUpdatePriorityIdResolver,
  ],
});
