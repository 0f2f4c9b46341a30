import { fail, redirect } from '@sveltejs/kit';
import { ukToday } from '@engage/shared/uk-time';
import { field, refused } from '#lib/forms/form.ts';
import { readSocialPostForm, type SocialPostValues } from '#lib/teams/social-post-form.ts';
import {
  DELETE_SOCIAL_POST,
  RECORD_SOCIAL_POST,
  socialPostsPage,
} from '#lib/teams/social-posts.server.ts';
import { teamFor } from '#lib/teams/team.server.ts';
import type { Actions, PageServerLoad } from './$types';
import { formWrite } from '#lib/server/gateway-errors.ts';

export const load = (async ({ locals, params, url }) => {
  const after = url.searchParams.get('after') || null;
  const values: SocialPostValues = {
    postedOn: ukToday(),
    channel: '',
    link: '',
    youSaidWeDid: '',
  };
  return { page: await socialPostsPage(locals.gateway, params.slug, after), after, values };
}) satisfies PageServerLoad;

export const actions = {
  add: async ({ request, locals, params, url }) => {
    const form = readSocialPostForm(await request.formData());
    if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
    const team = await teamFor(locals.gateway, locals.actor, params.slug);
    const result = await formWrite(() =>
      locals.gateway.request(RECORD_SOCIAL_POST, {
        input: { neighbourhoodId: team.id, ...form.input },
      }),
    );
    if (!result.ok) return fail(400, refused(form.values, result));
    redirect(303, url.pathname);
  },

  /** Asks first: only a second POST with confirm=yes deletes. */
  delete: async ({ request, locals, url }) => {
    const form = await request.formData();
    const id = field(form, 'id');
    if (field(form, 'confirm') !== 'yes') return { confirmDelete: id };
    const result = await formWrite(() => locals.gateway.request(DELETE_SOCIAL_POST, { id }));
    if (!result.ok) return fail(400, { problem: result.problem });
    redirect(303, url.pathname);
  },
} satisfies Actions;
