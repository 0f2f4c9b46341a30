import { defineModule } from '@engage/shared/graphql';
import { KnownPoll } from './known-poll.entity.ts';
import { forgetPoll, rememberPoll } from './poll.subscriptions.ts';

/** The local copy of surveys' open quick polls, which a team's next newsletter links to. */
export const pollsModule = defineModule({
  name: 'polls',
  entities: [KnownPoll],
  subscriptions: { 'poll.opened': rememberPoll, 'poll.closed': forgetPoll },
});
