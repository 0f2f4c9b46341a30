import { cancelEvent, eventsPath, publishEvent, teamEvents } from '#lib/teams/events.server.ts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => ({
  events: await teamEvents(locals.gateway, params.slug),
})) satisfies PageServerLoad;

export const actions = {
  publish: (event) => publishEvent(event, eventsPath(event.params.slug)),
  cancel: (event) => cancelEvent(event, eventsPath(event.params.slug)),
} satisfies Actions;
