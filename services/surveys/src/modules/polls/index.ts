import { defineModule } from '@engage/shared/graphql';
import { Poll, PollOption, PollVote } from './poll.entity.ts';
import { pollReference } from './poll.reference.ts';
import { PollResolver } from './poll.resolver.ts';
import { createPollLoaders } from './polls.loaders.ts';

/** Quick polls. */
export const pollsModule = defineModule({
  name: 'polls',
  entities: [Poll, PollOption, PollVote],
  resolvers: [PollResolver],
  references: { Poll: pollReference },
  createLoaders: createPollLoaders,
});
