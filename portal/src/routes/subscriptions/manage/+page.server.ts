import { fail, redirect } from '@sveltejs/kit';
import { field, refused } from '#lib/forms/form.ts';
import { preferenceValuesOf, readPreferencesForm } from '#lib/subscriptions/form.ts';
import {
  areasOf,
  asResident,
  eraseSubscriber,
  subscriberPreferences,
  tokenOf,
  updatePreferences,
} from '#lib/subscriptions/subscriptions.server.ts';
import type { Actions, PageServerLoad } from './$types';

const DELETED = '/subscriptions/deleted';

/** The manage link of every email: the resident's choices, to change or to delete. */
export const load = (async ({ url, locals }) => {
  const token = tokenOf(null, url);
  if (!token) return { token, found: null };
  const result = await asResident(() => subscriberPreferences(locals.gateway, token));
  if (!result.ok) return { token, found: null };
  const preferences = result.value;
  return {
    token,
    found: { preferences, areas: areasOf(preferences), values: preferenceValuesOf(preferences) },
  };
}) satisfies PageServerLoad;

const invalidLink = () => fail(400, { invalidLink: true as const });

export const actions = {
  save: async ({ request, url, locals }) => {
    const form = await request.formData();
    const token = tokenOf(form, url);
    if (!token) return invalidLink();
    const read = readPreferencesForm(form);
    if (!read.ok) return fail(400, { values: read.values, errors: read.errors });
    // Unticking the consent box takes back the answers given before (API.md: clearDemographics).
    const input = read.input.demographics ? read.input : { ...read.input, clearDemographics: true };
    const result = await asResident(() => updatePreferences(locals.gateway, token, input));
    if (!result.ok) {
      if (result.code === 'INVALID_LINK') return invalidLink();
      return fail(400, refused(read.values, result));
    }
    return { saved: true as const };
  },
  /** Deleting is for good, so the first POST only asks; confirm=yes deletes. */
  erase: async ({ request, url, locals }) => {
    const form = await request.formData();
    const token = tokenOf(form, url);
    if (!token) return invalidLink();
    if (field(form, 'confirm') !== 'yes') return { confirmErase: true as const };
    const result = await asResident(() => eraseSubscriber(locals.gateway, token));
    if (!result.ok) return invalidLink();
    redirect(303, DELETED);
  },
} satisfies Actions;
