import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { uuidArray } from '@engage/shared';
import { Poll, PollOption } from './poll.entity.ts';

export function createPollLoaders(em: EntityManager) {
  return {
    pollById: new DataLoader<string, Poll | null>(async (ids) => {
      const polls = await em.find(Poll, { id: { $in: [...ids] } });
      const byId = new Map(polls.map((poll) => [poll.id, poll]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    pollOptions: new DataLoader<string, PollOption[]>(async (pollIds) => {
      const options = await em.find(
        PollOption,
        { pollId: { $in: [...pollIds] } },
        { orderBy: { position: 'asc' } },
      );
      return pollIds.map((id) => options.filter((option) => option.pollId === id));
    }),
    /** Votes per option, for every poll asked, in one count. */
    pollVotes: new DataLoader<string, Map<string, number>>(async (pollIds) => {
      const rows = await em.execute<{ poll_id: string; option_id: string; votes: number }[]>(
        `select poll_id, option_id, count(*)::int as votes from surveys.poll_vote
         where poll_id = any(cast(? as uuid[])) group by poll_id, option_id`,
        [uuidArray(pollIds)],
      );
      return pollIds.map(
        (id) =>
          new Map(
            rows.filter((row) => row.poll_id === id).map((row) => [row.option_id, row.votes]),
          ),
      );
    }),
  };
}
