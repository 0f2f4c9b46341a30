import { error, fail, redirect } from '@sveltejs/kit';
import {
  readCommanderUpdateForm,
  type CommanderUpdateValues,
} from '#lib/teams/commander-update-form.ts';
import { field, refused } from '#lib/forms/form.ts';
import { postsForArea } from '#lib/teams/team.server.ts';
import type { CommanderUpdate } from '#lib/teams/team-work.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { graphql } from '#lib/graphql/index.ts';
import { formWrite, orStatusPage } from '#lib/server/gateway-errors.ts';

/** Weekly updates: 20 is about five months of them, enough to find one to take down. */
const UPDATES_LISTED = 20;

const AREA_UPDATES = graphql(`
  query AreaUpdates($slug: String!, $first: Int!) {
    policingArea(slug: $slug) {
      id
      slug
      name
      commanderUpdates(first: $first) {
        id
        title
        body
        videoUrl
        publishedAt
        authorName
      }
    }
  }
`);

const POST_UPDATE = graphql(`
  mutation PostCommanderUpdate($input: CommanderUpdateInput!) {
    postCommanderUpdate(input: $input) {
      id
    }
  }
`);

const DELETE_UPDATE = graphql(`
  mutation DeleteCommanderUpdate($id: ID!) {
    deleteCommanderUpdate(id: $id)
  }
`);

interface Area {
  id: string;
  slug: string;
  name: string;
  commanderUpdates: CommanderUpdate[];
}

/** The area, for its commander or an administrator only (the updates themselves are public). */
async function areaFor({ locals, params }: Pick<RequestEvent, 'locals' | 'params'>): Promise<Area> {
  const { policingArea } = await orStatusPage(
    locals.gateway.request(AREA_UPDATES, {
      slug: params.slug,
      first: UPDATES_LISTED,
    }),
  );
  if (!policingArea) error(404, 'NOT_FOUND');
  if (!postsForArea(locals.actor, policingArea.id)) error(403, 'FORBIDDEN');
  return policingArea;
}

export const load = (async (event) => {
  const values: CommanderUpdateValues = {
    title: '',
    body: '',
    videoUrl: '',
    emailSubscribers: false,
  };
  return { area: await areaFor(event), values, emailed: event.url.searchParams.has('emailed') };
}) satisfies PageServerLoad;

export const actions = {
  post: async (event) => {
    const form = readCommanderUpdateForm(await event.request.formData());
    if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
    const area = await areaFor(event);
    const result = await formWrite(() =>
      event.locals.gateway.request(POST_UPDATE, {
        input: { policingAreaId: area.id, ...form.input },
      }),
    );
    if (!result.ok) return fail(400, refused(form.values, result.problem));
    redirect(303, `${event.url.pathname}${form.input.emailSubscribers ? '?emailed' : ''}`);
  },

  /** Asks first: only a second POST with confirm=yes deletes. */
  delete: async (event) => {
    const form = await event.request.formData();
    const id = field(form, 'id');
    if (field(form, 'confirm') !== 'yes') return { confirmDelete: id };
    await areaFor(event);
    const result = await formWrite(() => event.locals.gateway.request(DELETE_UPDATE, { id }));
    if (!result.ok) return fail(400, { problem: result.problem });
    redirect(303, event.url.pathname);
  },
} satisfies Actions;
