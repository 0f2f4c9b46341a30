import { fail, redirect } from '@sveltejs/kit';
import { doneIn, withDone } from '#lib/forms/done.ts';
import { field } from '#lib/forms/form.ts';
import {
  isTranslationLanguage,
  readTranslationForm,
  type TranslationValues,
} from '#lib/newsletters/translation-form.ts';
import {
  newsletterTranslations,
  REMOVE_TRANSLATION,
  SAVE_TRANSLATION,
} from '#lib/newsletters/translations.server.ts';
import { formWrite } from '#lib/server/gateway-errors.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * An issue's translations: which languages it has, a form to add or change one, and removing one
 * in two steps (ask, then confirm). The language is chosen first, with a GET form, so the fields
 * carry that language's `lang` and `dir` with or without JavaScript.
 */

const page = (event: Pick<RequestEvent, 'params'>) =>
  `/staff/newsletters/${event.params.id}/translations`;

export const load = (async ({ locals, params, url }) => {
  const newsletter = await newsletterTranslations(locals.gateway, params.id);
  const asked = url.searchParams.get('language');
  const language = isTranslationLanguage(asked) ? asked : null;
  const existing = newsletter.translations.find((translation) => translation.language === language);
  const values: TranslationValues | null = language && {
    language,
    title: existing?.title ?? '',
    introduction: existing?.introduction ?? '',
    advice: existing?.advice ?? '',
  };
  return { newsletter, values, done: doneIn(url, ['saved', 'removed'] as const) };
}) satisfies PageServerLoad;

export const actions = {
  save: async (event) => {
    const read = readTranslationForm(await event.request.formData());
    if (!read.ok) return fail(400, { values: read.values, errors: read.errors });
    const { language, title, introduction, advice } = read.values;
    const result = await formWrite(
      () =>
        event.locals.gateway.request(SAVE_TRANSLATION, {
          id: event.params.id,
          input: { language, title, introduction, advice },
        }),
      ['BAD_USER_INPUT', 'CONFLICT'],
    );
    if (!result.ok) return fail(400, { values: read.values, problem: result.problem });
    redirect(303, withDone(page(event), 'saved'));
  },
  /** Step one of removing: the page asks to confirm, naming the language. */
  confirmRemove: async ({ request }) => {
    const language = field(await request.formData(), 'language');
    if (!isTranslationLanguage(language)) return fail(400, { problem: null });
    return { confirmingRemove: language };
  },
  remove: async (event) => {
    const language = field(await event.request.formData(), 'language');
    if (!isTranslationLanguage(language)) return fail(400, { problem: null });
    const result = await formWrite(
      () => event.locals.gateway.request(REMOVE_TRANSLATION, { id: event.params.id, language }),
      ['BAD_USER_INPUT', 'CONFLICT'],
    );
    if (!result.ok) return fail(400, { problem: result.problem });
    redirect(303, withDone(page(event), 'removed'));
  },
} satisfies Actions;
