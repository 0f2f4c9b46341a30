import { fail } from '@sveltejs/kit';
import {
  ALERT_REVIEW_QUEUE,
  APPROVE_ALERT,
  REQUEST_ALERT_CHANGES,
} from '#lib/alerts/alerts.server.ts';
import type { AlertSummary } from '#lib/alerts/alerts.ts';
import { field } from '#lib/forms/form.ts';
import { formWrite, orStatusPage } from '#lib/server/gateway-errors.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * Reviewers' queue of alerts, oldest first (the service refuses anyone else: 403). Approving
 * sends the alert; the page says so in place (the alert has left the queue, so there is nothing
 * to come back to by address).
 */
export const load = (async ({ locals }) => {
  const { alertReviewQueue } = await orStatusPage(locals.gateway.request(ALERT_REVIEW_QUEUE, {}));
  return { queue: alertReviewQueue as AlertSummary[] };
}) satisfies PageServerLoad;

const EXPECTED = ['BAD_USER_INPUT', 'CONFLICT'] as const;

export const actions = {
  approve: async ({ request, locals }) => {
    const id = field(await request.formData(), 'id');
    const result = await formWrite(
      () => locals.gateway.request(APPROVE_ALERT, { id }),
      [...EXPECTED],
    );
    if (!result.ok) return fail(400, { problem: result.problem });
    const { title, recipientCount } = result.value.approveAlert;
    return { sent: { title, count: recipientCount ?? 0 } };
  },

  changes: async ({ request, locals }) => {
    const form = await request.formData();
    const id = field(form, 'id');
    const comment = field(form, 'comment');
    if (!comment) return fail(400, { changesFor: id, commentMissing: true });
    const result = await formWrite(
      () => locals.gateway.request(REQUEST_ALERT_CHANGES, { id, comment }),
      [...EXPECTED],
    );
    if (!result.ok) return fail(400, { problem: result.problem });
    return { returned: { title: result.value.requestAlertChanges.title } };
  },
} satisfies Actions;
