import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { PRIORITY_STATUSES, type StaffPriority } from '#lib/teams/team-work.ts';
import { field } from '#lib/forms/form.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { graphql } from '#lib/graphql/index.ts';
import { formWrite, orStatusPage } from '#lib/server/gateway-errors.ts';

/**
 * Every priority of the team, drafts too (the gateway allows that to its managers only), with
 * every translation of it and its updates.
 */
const TEAM_PRIORITIES = graphql(`
  query TeamPriorities($slug: String!) {
    neighbourhood(slug: $slug) {
      id
      priorities(includeDrafts: true) {
        id
        year
        quarter
        title
        residentsSaid
        source
        status
        publishedAt
        translations {
          language
          title
          residentsSaid
          outOfDate
        }
        updates {
          id
          actionOn
          weDid
          translations {
            language
            weDid
            outOfDate
          }
        }
      }
    }
  }
`);

const SET_PRIORITY_STATUS = graphql(`
  mutation SetPriorityStatus($id: ID!, $status: PriorityStatus!) {
    setPriorityStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);

/** Newest quarter first, as the gateway sends them. */
export async function teamPriorities(gateway: Gateway, slug: string): Promise<StaffPriority[]> {
  const { neighbourhood } = await orStatusPage(
    gateway.request(TEAM_PRIORITIES, {
      slug,
    }),
  );
  if (!neighbourhood) error(404, 'NOT_FOUND');
  return neighbourhood.priorities;
}

export const prioritiesPath = (slug: string) =>
  `/staff/teams/${encodeURIComponent(slug)}/priorities`;

/**
 * Publish, complete or back to draft: a small POST form on the list and on the priority's page,
 * back to `returnTo` afterwards.
 */
export async function setPriorityStatus(event: RequestEvent, returnTo: string) {
  const form = await event.request.formData();
  const id = field(form, 'id');
  const status = PRIORITY_STATUSES.find((value) => value === field(form, 'status'));
  if (!id || !status) error(400, 'BAD_REQUEST');
  const result = await formWrite(() =>
    event.locals.gateway.request(SET_PRIORITY_STATUS, { id, status }),
  );
  if (!result.ok) return fail(400, { which: 'status' as const, problem: result.problem });
  redirect(303, returnTo);
}
