import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import type { CommunityEvent } from '#lib/teams/team-work.ts';
import { field } from '#lib/forms/form.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { graphql } from '#lib/graphql/index.ts';
import { formWrite, orStatusPage } from '#lib/server/gateway-errors.ts';

const TEAM_EVENTS = graphql(`
  query TeamEvents($slug: String!) {
    neighbourhood(slug: $slug) {
      id
      events {
        id
        title
        description
        startsAt
        endsAt
        place
        accessibilityNotes
        status
      }
    }
  }
`);

export const CREATE_EVENT = graphql(`
  mutation CreateCommunityEvent($input: CommunityEventInput!) {
    createCommunityEvent(input: $input) {
      id
    }
  }
`);

export const UPDATE_EVENT = graphql(`
  mutation UpdateCommunityEvent($id: ID!, $input: CommunityEventInput!) {
    updateCommunityEvent(id: $id, input: $input) {
      id
    }
  }
`);

const PUBLISH_EVENT = graphql(`
  mutation PublishCommunityEvent($id: ID!) {
    publishCommunityEvent(id: $id) {
      id
      status
    }
  }
`);

const CANCEL_EVENT = graphql(`
  mutation CancelCommunityEvent($id: ID!) {
    cancelCommunityEvent(id: $id) {
      id
      status
    }
  }
`);

/** Every event of the team, every status, newest start first (team managers only). */
export async function teamEvents(gateway: Gateway, slug: string): Promise<CommunityEvent[]> {
  const { neighbourhood } = await orStatusPage(gateway.request(TEAM_EVENTS, { slug }));
  if (!neighbourhood) error(404, 'NOT_FOUND');
  return neighbourhood.events;
}

export const eventsPath = (slug: string) => `/staff/teams/${encodeURIComponent(slug)}/events`;

/** Publish: one POST (re-publishing is harmless: the service makes it a no-op). */
export async function publishEvent(event: RequestEvent, returnTo: string) {
  const id = field(await event.request.formData(), 'id');
  if (!id) error(400, 'BAD_REQUEST');
  const result = await formWrite(() => event.locals.gateway.request(PUBLISH_EVENT, { id }));
  if (!result.ok) return fail(400, { problem: result.problem });
  redirect(303, returnTo);
}

/** Cancel: residents see it, so the first POST only asks; confirm=yes cancels. */
export async function cancelEvent(event: RequestEvent, returnTo: string) {
  const form = await event.request.formData();
  const id = field(form, 'id');
  if (!id) error(400, 'BAD_REQUEST');
  if (field(form, 'confirm') !== 'yes') return { confirmCancel: id };
  const result = await formWrite(() => event.locals.gateway.request(CANCEL_EVENT, { id }));
  if (!result.ok) return fail(400, { problem: result.problem });
  redirect(303, returnTo);
}
