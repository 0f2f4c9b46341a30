import { fail, redirect } from '@sveltejs/kit';
import { withDone } from '#lib/forms/done.ts';
import { readReviewComment } from '#lib/newsletters/form.ts';
import { emailPreviewFor } from '#lib/newsletters/preview.server.ts';
import { newsletterById } from '#lib/newsletters/staff.server.ts';
import { APPROVE, REQUEST_CHANGES } from '#lib/newsletters/workflow.server.ts';
import type { Actions, PageServerLoad } from './$types';
import { formWrite } from '#lib/server/gateway-errors.ts';

const QUEUE = '/staff/newsletters/review';

/** One issue for a reviewer: as residents will see it, with approve and request changes. */
export const load = (async ({ locals, params, url }) => {
  const newsletter = await newsletterById(locals.gateway, params.id);
  // Only an admin may withdraw an issue, and only a published one (the service checks too).
  const mayWithdraw =
    locals.actor.kind === 'staff' &&
    locals.actor.role === 'ADMIN' &&
    newsletter.status === 'PUBLISHED';
  return {
    newsletter,
    mayWithdraw,
    ...(await emailPreviewFor(locals.gateway, newsletter.id, url)),
  };
}) satisfies PageServerLoad;

export const actions = {
  approve: async ({ locals, params }) => {
    const result = await formWrite(
      () => locals.gateway.request(APPROVE, { id: params.id }),
      ['BAD_USER_INPUT', 'CONFLICT'],
    );
    if (!result.ok) return fail(400, { problem: result.problem });
    redirect(303, withDone(QUEUE, 'approved'));
  },
  /** A request for changes says what to change: the comment is required. */
  requestChanges: async ({ request, locals, params }) => {
    const read = readReviewComment(await request.formData());
    if (!read.ok) return fail(400, { comment: read.comment, commentError: read.error });
    const result = await formWrite(
      () => locals.gateway.request(REQUEST_CHANGES, { id: params.id, comment: read.comment }),
      ['BAD_USER_INPUT', 'CONFLICT'],
    );
    if (!result.ok) return fail(400, { comment: read.comment, problem: result.problem });
    redirect(303, withDone(QUEUE, 'changes-requested'));
  },
} satisfies Actions;
