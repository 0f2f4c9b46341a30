import { error, fail, redirect } from '@sveltejs/kit';
import { ukToday } from '@engage/shared/uk-time';
import { field, refused } from '#lib/forms/form.ts';
import {
  readPriorityForm,
  readPriorityUpdateForm,
  type PriorityValues,
} from '#lib/teams/priority-form.ts';
import { prioritiesPath, setPriorityStatus, teamPriorities } from '#lib/teams/priorities.server.ts';
import {
  isTranslationLanguage,
  readRemovalId,
  readTranslationForm,
  requestedTranslation,
  type TranslationInput,
} from '#lib/teams/translation-form.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import type { Actions, PageServerLoad } from './$types';
import { graphql } from '#lib/graphql/index.ts';
import { formWrite, orRefusal, orStatusPage } from '#lib/server/gateway-errors.ts';

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

const SAVE_PRIORITY_TRANSLATION = graphql(`
  mutation SavePriorityTranslation($priorityId: ID!, $input: PriorityTranslationInput!) {
    savePriorityTranslation(priorityId: $priorityId, input: $input) {
      language
    }
  }
`);

const SAVE_PRIORITY_UPDATE_TRANSLATION = graphql(`
  mutation SavePriorityUpdateTranslation($updateId: ID!, $input: PriorityUpdateTranslationInput!) {
    savePriorityUpdateTranslation(updateId: $updateId, input: $input) {
      language
    }
  }
`);

const REMOVE_PRIORITY_TRANSLATION = graphql(`
  mutation RemovePriorityTranslation($priorityId: ID!, $language: ResidentLanguage!) {
    removePriorityTranslation(priorityId: $priorityId, language: $language)
  }
`);

const REMOVE_PRIORITY_UPDATE_TRANSLATION = graphql(`
  mutation RemovePriorityUpdateTranslation($updateId: ID!, $language: ResidentLanguage!) {
    removePriorityUpdateTranslation(updateId: $updateId, language: $language)
  }
`);

async function saveTranslation(
  gateway: Gateway,
  priorityId: string,
  input: TranslationInput,
): Promise<void> {
  if (input.kind === 'priority') {
    await gateway.request(SAVE_PRIORITY_TRANSLATION, {
      priorityId,
      input: { language: input.language, title: input.title, residentsSaid: input.residentsSaid },
    });
  } else {
    await gateway.request(SAVE_PRIORITY_UPDATE_TRANSLATION, {
      updateId: input.updateId,
      input: { language: input.language, weDid: input.weDid },
    });
  }
}

const DELETE_PRIORITY = graphql(`
  mutation DeletePriority($id: ID!) {
    deletePriority(id: $id)
  }
`);

/** The gateway has no `priority(id)`: the team's list is short (a few a quarter), so find it there. */
export const load = (async ({ locals, params, url }) => {
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
  return {
    priority,
    values,
    today: ukToday(),
    /** The translation form, open when the page's address names a language (?translate=ur). */
    translating: requestedTranslation(url, priority),
  };
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

  /** Inserts or replaces the translation into one language of the priority or one update. */
  saveTranslation: async ({ request, locals, params }) => {
    const form = await request.formData();
    // The language is the page's own hidden field: anything else did not come from this page.
    if (!isTranslationLanguage(field(form, 'language'))) error(400, 'BAD_REQUEST');
    const read = readTranslationForm(form);
    if (!read.ok) {
      return fail(400, { which: 'translation' as const, values: read.values, errors: read.errors });
    }
    const result = await formWrite(() => saveTranslation(locals.gateway, params.id, read.input));
    if (!result.ok) {
      return fail(400, {
        which: 'translation' as const,
        ...refused(read.values, result, {
          title: 'translatedTitle',
          residentsSaid: 'translatedSaid',
          weDid: 'translatedWeDid',
        }),
      });
    }
    redirect(303, `${thisPage(params)}#translations`);
  },

  /** Asks first, as delete does: only a second POST with confirm=yes removes. */
  removeTranslation: async ({ request, locals, params }) => {
    const form = await request.formData();
    const id = field(form, 'id');
    const target = readRemovalId(id);
    if (!target) error(400, 'BAD_REQUEST');
    if (field(form, 'confirm') !== 'yes') {
      return { which: 'removeTranslation' as const, confirmRemove: id };
    }
    const { language, updateId } = target;
    const remove = updateId
      ? locals.gateway.request(REMOVE_PRIORITY_UPDATE_TRANSLATION, { updateId, language })
      : locals.gateway.request(REMOVE_PRIORITY_TRANSLATION, { priorityId: params.id, language });
    // NOT_FOUND: already gone (a second press, or a colleague removed it first), which is what
    // was asked; other refusals as formWrite has them (FORBIDDEN: the status page).
    const result = await orStatusPage(
      orRefusal<unknown, 'BAD_USER_INPUT' | 'NOT_FOUND'>(remove, ['BAD_USER_INPUT', 'NOT_FOUND']),
    );
    if (!result.ok && result.code !== 'NOT_FOUND') {
      return fail(400, { which: 'removeTranslation' as const, problem: result.problem });
    }
    redirect(303, `${thisPage(params)}#translations`);
  },

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
