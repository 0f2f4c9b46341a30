import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '#lib/paraglide/messages.js';
import { field } from '#lib/forms/form.ts';
import { monthText } from '#lib/newsletters/labels.ts';
import { ukMonth } from '@engage/shared/uk-time';
import { isMonth } from '#lib/newsletters/newsletters.ts';
import { contentInput, teamWork } from '#lib/newsletters/drafting.server.ts';
import { teamNewsletters } from '#lib/newsletters/staff.server.ts';
import { CREATE_DRAFT, UPDATE_DRAFT } from '#lib/newsletters/workflow.server.ts';
import { teamFor } from '#lib/teams/team.server.ts';
import type { Actions, PageServerLoad } from './$types';
import { formWrite } from '#lib/server/gateway-errors.ts';

const newslettersPath = (slug: string) => `/staff/teams/${encodeURIComponent(slug)}/newsletters`;

/** The month after "YYYY-MM". */
function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** This month's issue, or next month's once this month has one; null when both exist. */
function monthToStart(taken: Set<string>, now: Date): string | null {
  const thisMonth = ukMonth(now);
  if (!taken.has(thisMonth)) return thisMonth;
  const next = nextMonth(thisMonth);
  return taken.has(next) ? null : next;
}

export const load = (async ({ locals, params }) => {
  const newsletters = await teamNewsletters(locals.gateway, params.slug);
  const taken = new Set([...newsletters.drafts, ...newsletters.published].map((n) => n.month));
  return { ...newsletters, startMonth: monthToStart(taken, new Date()) };
}) satisfies PageServerLoad;

export const actions = {
  /**
   * One issue per team per month (the service says CONFLICT for a second): starts it with the
   * team's priorities and events as they are now, and a title and contact to change.
   */
  create: async ({ request, locals, params }) => {
    const month = field(await request.formData(), 'month');
    if (!isMonth(month)) error(400, 'BAD_REQUEST');
    const team = await teamFor(locals.gateway, locals.actor, params.slug);
    const editPath = `${newslettersPath(params.slug)}/${month}`;

    const created = await formWrite(
      () =>
        locals.gateway.request(CREATE_DRAFT, {
          input: { neighbourhoodId: team.id, month },
        }),
      ['BAD_USER_INPUT', 'CONFLICT'],
    );
    if (!created.ok) {
      // Someone started it first: carry on with theirs.
      if (created.code === 'CONFLICT') redirect(303, editPath);
      return fail(400, { problem: created.problem });
    }

    const work = await teamWork(locals.gateway, params.slug);
    const input = contentInput(
      {
        title: m.newsletter_default_title({ team: team.name, month: monthText(month) }),
        introduction: '',
        advice: '',
        contact: m.newsletter_default_contact(),
      },
      null,
      work,
    );
    const filled = await formWrite(
      () =>
        locals.gateway.request(UPDATE_DRAFT, { id: created.value.createNewsletterDraft.id, input }),
      ['BAD_USER_INPUT', 'CONFLICT'],
    );
    // The draft exists either way; its page can refresh the team's work again.
    if (!filled.ok) return fail(400, { problem: filled.problem });
    redirect(303, editPath);
  },
} satisfies Actions;
