import { closePoll, openPoll, pollsPath, staffTeamPolls } from '#lib/surveys/polls.server.ts';
import type { Actions, PageServerLoad } from './$types';

const DONE = ['created', 'opened', 'closed'] as const;
type Done = (typeof DONE)[number];

/** The team's polls, every status, with their (suppressed) results; open and close them here. */
export const load = (async ({ locals, parent, url }) => {
  const { team } = await parent();
  const done = url.searchParams.get('done');
  return {
    polls: await staffTeamPolls(locals.gateway, team.id),
    done: (DONE as readonly string[]).includes(done ?? '') ? (done as Done) : null,
  };
}) satisfies PageServerLoad;

export const actions = {
  open: (event) => openPoll(event, pollsPath(event.params.slug)),
  close: (event) => closePoll(event, pollsPath(event.params.slug)),
} satisfies Actions;
