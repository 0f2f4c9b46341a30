import type { EntityManager } from '@mikro-orm/postgresql';

/** What an issue shows of a poll: its question, and (by id) the portal page where it is answered. */
export interface IssuePoll {
  pollId: string;
  question: string;
}

/**
 * The team's newest poll open at `at` (opened, not closed, not past its closing time), or null:
 * what its newsletter links to. One query; a team is in a poll's list of teams (jsonb `@>`).
 */
export async function openPollFor(
  em: EntityManager,
  neighbourhoodId: string,
  at: Date = new Date(),
): Promise<IssuePoll | null> {
  const [poll] = await em.execute<{ id: string; question: string }[]>(
    `select id, question from newsletters.known_poll
     where neighbourhood_ids @> ?::jsonb and opened_at <= ? and closed_at is null
       and (closes_at is null or closes_at > ?)
     order by opened_at desc, id limit 1`,
    [JSON.stringify([neighbourhoodId]), at, at],
  );
  return poll ? { pollId: poll.id, question: poll.question } : null;
}

/** The poll an issue shows: the one it was published with; for a draft, the team's open one now. */
export function issuePoll(
  em: EntityManager,
  newsletter: { publishedAt: Date | null; poll: IssuePoll | null; neighbourhoodId: string },
): Promise<IssuePoll | null> {
  return newsletter.publishedAt
    ? Promise.resolve(newsletter.poll)
    : openPollFor(em, newsletter.neighbourhoodId);
}
