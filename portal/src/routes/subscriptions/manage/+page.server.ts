import { fail, redirect } from '@sveltejs/kit';
import { field, refused } from '#lib/forms/form.ts';
import { preferenceValuesOf, readPreferencesForm } from '#lib/subscriptions/form.ts';
import {
  areasOf,
  asResident,
  eraseSubscriber,
  sendDemographicsLink,
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
    // The answers about the resident are not on this form: saving leaves them as they are.
    const { demographics: _notHere, ...input } = read.input;
    const result = await asResident(() => updatePreferences(locals.gateway, token, input));
    if (!result.ok) {
      if (result.code === 'INVALID_LINK') return invalidLink();
      return fail(400, refused(read.values, result));
    }
    return { saved: true as const };
  },
  /** The answers about the resident are shown only through a fresh link, mailed to the address. */
  sendAboutYouLink: async ({ request, url, locals }) => {
    const token = tokenOf(await request.formData(), url);
    if (!token) return invalidLink();
    const result = await asResident(() => sendDemographicsLink(locals.gateway, token));
    if (!result.ok) return invalidLink();
    return { aboutYouLinkSent: true as const };
  },
  /** Withdrawing consent needs no fresh link: it deletes the answers, and shows nothing. */
  withdrawAboutYou: async ({ request, url, locals }) => {
    const token = tokenOf(await request.formData(), url);
    if (!token) return invalidLink();
    const result = await asResident(async () => {
      const preferences = await subscriberPreferences(locals.gateway, token);
      return updatePreferences(locals.gateway, token, {
        neighbourhoodIds: preferences.neighbourhoods.map((team) => team.id),
        policingAreaIds: preferences.policingAreas.map((area) => area.id),
        interests: preferences.interests,
        language: preferences.language,
        format: preferences.format,
        clearDemographics: true,
      });
    });
    if (!result.ok) return invalidLink();
    return { aboutYouWithdrawn: true as const };
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
