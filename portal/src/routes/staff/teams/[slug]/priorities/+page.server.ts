import { prioritiesPath, setPriorityStatus, teamPriorities } from '#lib/teams/priorities.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => ({
  priorities: await teamPriorities(locals.gateway, params.slug),
})) satisfies PageServerLoad;

export const actions = {
  setStatus: (event) => setPriorityStatus(event, prioritiesPath(event.params.slug)),
} satisfies Actions;
