import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import {
  newsletterValues,
  readNewsletterForm,
  readPublishForm,
  scheduledValue,
} from '#lib/newsletters/form.ts';
import { authorSnapshot, contentInput, teamWork } from '#lib/newsletters/drafting.server.ts';
import { staffNewsletter } from '#lib/newsletters/staff.server.ts';
import { PUBLISH, SUBMIT_FOR_REVIEW, UPDATE_DRAFT } from '#lib/newsletters/workflow.server.ts';
import type { Actions, PageServerLoad } from './$types';
import { doneIn, withDone } from '#lib/forms/done.ts';
import { refused } from '#lib/forms/form.ts';
import { formWrite } from '#lib/server/gateway-errors.ts';

export const load = (async ({ locals, params, url }) => {
  const { newsletter, officers } = await staffNewsletter(locals.gateway, params.slug, params.month);
  return {
    newsletter,
    officers,
    values: newsletterValues(newsletter),
    done: doneIn(url, ['published', 'scheduled']),
    publishValues: {
      when: newsletter.scheduledFor ? 'later' : 'now',
      at: scheduledValue(newsletter.scheduledFor),
    },
  };
}) satisfies PageServerLoad;

type Event = RequestEvent<{ slug: string; month: string }>;

const thisPage = (params: { slug: string; month: string }) =>
  `/staff/teams/${encodeURIComponent(params.slug)}/newsletters/${params.month}`;

/**
 * Saves what the form says. Priorities and events stay as frozen in the issue, or, with
 * `refresh`, the service features them afresh from the team's work as it is now.
 */
async function save(event: Event, refresh: boolean) {
  const { request, locals, params } = event;
  const form = readNewsletterForm(await request.formData());
  if (!form.ok) return { failure: fail(400, { values: form.values, errors: form.errors }) };
  const { newsletter, officers } = await staffNewsletter(locals.gateway, params.slug, params.month);
  const work = refresh ? await teamWork(locals.gateway, params.slug) : null;
  const input = contentInput(
    form.values,
    authorSnapshot(form.values.authorOfficerId, officers, newsletter.author),
    work,
  );
  const result = await formWrite(
    () => locals.gateway.request(UPDATE_DRAFT, { id: newsletter.id, input }),
    ['BAD_USER_INPUT', 'CONFLICT'],
  );
  if (!result.ok) return { failure: fail(400, refused(form.values, result)) };
  return { newsletter, values: form.values };
}

export const actions = {
  save: async (event) => {
    const saved = await save(event, false);
    return saved.failure ?? { saved: true as const };
  },
  refresh: async (event) => {
    const saved = await save(event, true);
    return saved.failure ?? { refreshed: true as const };
  },
  /** Saves, then sends it to the reviewers: nothing typed is lost on the way. */
  submit: async (event) => {
    const saved = await save(event, false);
    if (saved.failure) return saved.failure;
    const result = await formWrite(
      () => event.locals.gateway.request(SUBMIT_FOR_REVIEW, { id: saved.newsletter.id }),
      ['BAD_USER_INPUT', 'CONFLICT'],
    );
    // "Write an introduction first" is said beside the introduction, with what was typed kept.
    if (!result.ok) return fail(400, refused(saved.values, result));
    redirect(303, thisPage(event.params));
  },
  publish: async ({ request, locals, params }) => {
    const form = readPublishForm(await request.formData());
    if (!form.ok) return fail(400, { publishValues: form.values, publishErrors: form.errors });
    const { newsletter } = await staffNewsletter(locals.gateway, params.slug, params.month);
    const result = await formWrite(
      () => locals.gateway.request(PUBLISH, { id: newsletter.id, at: form.at }),
      ['BAD_USER_INPUT', 'CONFLICT'],
    );
    if (!result.ok) return fail(400, { publishValues: form.values, problem: result.problem });
    redirect(303, withDone(thisPage(params), form.at ? 'scheduled' : 'published'));
  },
} satisfies Actions;
