import { error, fail, redirect } from '@sveltejs/kit';
import { ukToday } from '@engage/shared/uk-time';
import { field, refused } from '#lib/forms/form.ts';
import {
  readPriorityForm,
  readPriorityUpdateForm,
  type PriorityValues,
} from '#lib/teams/priority-form.ts';
import { prioritiesPath, setPriorityStatus, teamPriorities } from '#lib/teams/priorities.server.ts';
import type { Actions, PageServerLoad } from './$types';
import { graphql } from '#lib/graphql/index.ts';
import { formWrite } from '#lib/server/gateway-errors.ts';

const UPDATE_PRIORITY = graphql(`
  mutation UpdatePriority($id: ID!, $input: UpdatePriorityInput!) {
    updatePriority(id: $id, input: $input) {
      id
    }
  }
`);

const ADD_PRIORITY_UPDATE = graphql(`
  mutation AddPriorityUpdate($priorityId: ID!, $input: PriorityUpdateInput!) {
    addPriorityUpdate(priorityId: $priorityId, input: $input) {
      id
    }
  }
`);

const DELETE_PRIORITY = graphql(`
  mutation DeletePriority($id: ID!) {
    deletePriority(id: $id)
  }
`);

/** The gateway has no `priority(id)`: the team's list is short (a few a quarter), so find it there. */
export const load = (async ({ locals, params }) => {
  const priorities = await teamPriorities(locals.gateway, params.slug);
  const priority = priorities.find((candidate) => candidate.id === params.id);
  if (!priority) error(404, 'NOT_FOUND');
  const values: PriorityValues = {
    title: priority.title,
    residentsSaid: priority.residentsSaid,
    source: priority.source,
    year: String(priority.year),
    quarter: String(priority.quarter),
  };
  return { priority, values, today: ukToday() };
}) satisfies PageServerLoad;

const thisPage = (params: { slug: string; id: string }) =>
  `${prioritiesPath(params.slug)}/${encodeURIComponent(params.id)}`;

export const actions = {
  update: async ({ request, locals, params }) => {
    const form = readPriorityForm(await request.formData());
    if (!form.ok)
      return fail(400, { which: 'edit' as const, values: form.values, errors: form.errors });
    const result = await formWrite(() =>
      locals.gateway.request(UPDATE_PRIORITY, { id: params.id, input: form.input }),
    );
    if (!result.ok) {
      return fail(400, { which: 'edit' as const, ...refused(form.values, result) });
    }
    redirect(303, prioritiesPath(params.slug));
  },

  addUpdate: async ({ request, locals, params }) => {
    const form = readPriorityUpdateForm(await request.formData());
    if (!form.ok) {
      return fail(400, { which: 'update' as const, values: form.values, errors: form.errors });
    }
    const result = await formWrite(() =>
      locals.gateway.request(ADD_PRIORITY_UPDATE, { priorityId: params.id, input: form.input }),
    );
    if (!result.ok) {
      return fail(400, { which: 'update' as const, ...refused(form.values, result) });
    }
    redirect(303, `${thisPage(params)}#we-did`);
  },

  setStatus: (event) => setPriorityStatus(event, thisPage(event.params)),

  /** Asks first: only a second POST with confirm=yes deletes. */
  delete: async ({ request, locals, params }) => {
    const form = await request.formData();
    if (field(form, 'confirm') !== 'yes') return { which: 'delete' as const, confirmDelete: true };
    const result = await formWrite(() =>
      locals.gateway.request(DELETE_PRIORITY, { id: params.id }),
    );
    if (!result.ok) return fail(400, { which: 'delete' as const, problem: result.problem });
    redirect(303, prioritiesPath(params.slug));
  },
} satisfies Actions;
