import { cookieName as LANGUAGE_COOKIE } from '#lib/paraglide/runtime.js';
import { ANSWERED_COOKIE } from '#lib/surveys/answered-here.server.ts';
import { SESSION_COOKIE_NAMES } from '#lib/staff/sessions.server.ts';
import type { PageServerLoad } from './$types';

/**
 * The cookies the portal sets, named from the code that sets them (so a renamed cookie is renamed
 * here too): the language choice (routes/language), the "answered here" marker
 * (surveys/answered-here), and Auth.js's for staff signing in (staff/sessions).
 */
export const load = (() => ({
  cookies: {
    language: LANGUAGE_COOKIE,
    answered: ANSWERED_COOKIE,
    session: SESSION_COOKIE_NAMES.session,
    csrf: SESSION_COOKIE_NAMES.csrf,
    callback: SESSION_COOKIE_NAMES.callback,
  },
})) satisfies PageServerLoad;
