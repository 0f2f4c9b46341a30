import { error, fail, redirect } from '@sveltejs/kit';
import { newsletterById } from '#lib/newsletters/staff.server.ts';
import { WITHDRAW } from '#lib/newsletters/workflow.server.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { readWithdrawReason } from './withdraw-form.ts';
import { formWrite } from '#lib/server/gateway-errors.ts';

/**
 * Withdrawing an issue published by mistake: admins only, in two steps (say why, then confirm),
 * so one stray click never takes a newsletter down. The service checks the role again.
 */
function requireAdmin(locals: App.Locals): void {
  if (locals.actor.kind !== 'staff' || locals.actor.role !== 'ADMIN') error(403, 'FORBIDDEN');
}

const issuePage = (event: Pick<RequestEvent, 'params'>) => `/staff/newsletters/${event.params.id}`;

export const load = (async ({ locals, params }) => {
  requireAdmin(locals);
  const newsletter = await newsletterById(locals.gateway, params.id);
  if (newsletter.status !== 'PUBLISHED') redirect(303, issuePage({ params }));
  return { newsletter };
}) satisfies PageServerLoad;

export const actions = {
  /** Step one: the reason, checked; the page then asks to confirm. */
  check: async ({ request, locals }) => {
    requireAdmin(locals);
    const read = readWithdrawReason(await request.formData());
    if (!read.ok) return fail(400, { reason: read.reason, reasonError: read.error });
    return { confirming: true as const, reason: read.reason };
  },
  /** Step two: the confirmed withdrawal. */
  withdraw: async (event) => {
    requireAdmin(event.locals);
    const read = readWithdrawReason(await event.request.formData());
    if (!read.ok) return fail(400, { reason: read.reason, reasonError: read.error });
    const result = await formWrite(
      () => event.locals.gateway.request(WITHDRAW, { id: event.params.id, reason: read.reason }),
      ['BAD_USER_INPUT', 'CONFLICT'],
    );
    if (!result.ok) return fail(400, { reason: read.reason, problem: result.problem });
    redirect(303, issuePage(event));
  },
} satisfies Actions;
