import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventPayloads } from '@engage/shared';

/**
 * `poll.opened`: remember the poll for its teams' next newsletters. An upsert that leaves a
 * `closedAt` already set alone, so a replay (or a late delivery after `poll.closed`) changes
 * nothing.
 */
export async function rememberPoll(
  em: EntityManager,
  payload: EventPayloads['poll.opened'],
): Promise<void> {
  await em.execute(
    `insert into newsletters.known_poll
       (id, question, neighbourhood_ids, opened_at, closes_at, closed_at, received_at)
     values (?, ?, ?::jsonb, ?, ?, null, now())
     on conflict (id) do update set question = excluded.question,
       neighbourhood_ids = excluded.neighbourhood_ids, opened_at = excluded.opened_at,
       closes_at = excluded.closes_at`,
    [
      payload.pollId,
      payload.question,
      JSON.stringify(payload.neighbourhoodIds),
      new Date(payload.openedAt),
      payload.closesAt ? new Date(payload.closesAt) : null,
    ],
  );
}

/**
 * `poll.closed`: newsletters stop linking to it. Events on separate queues may arrive out of
 * order: a close before its open is kept as a closed row the open then fills in.
 */
export async function forgetPoll(
  em: EntityManager,
  payload: EventPayloads['poll.closed'],
): Promise<void> {
  await em.execute(
    `insert into newsletters.known_poll
       (id, question, neighbourhood_ids, opened_at, closes_at, closed_at, received_at)
     values (?, '', '[]'::jsonb, ?, null, ?, now())
     on conflict (id) do update set closed_at = excluded.closed_at`,
    [payload.pollId, new Date(payload.closedAt), new Date(payload.closedAt)],
  );
}
