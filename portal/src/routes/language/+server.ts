import { redirect } from '@sveltejs/kit';
import { cookieMaxAge, cookieName, isLocale } from '#lib/paraglide/runtime.js';
import { sameSitePath } from '#lib/same-site-path.ts';
import type { RequestHandler } from './$types';

/**
 * The language switcher is a plain form, so it works without JavaScript: remember the choice in
 * Paraglide's cookie and go back to the page the visitor was reading.
 */
export const POST: RequestHandler = async ({ request, cookies }) => {
  const form = await request.formData();
  const locale = form.get('locale');
  if (typeof locale === 'string' && isLocale(locale)) {
    cookies.set(cookieName, locale, {
      path: '/',
      maxAge: cookieMaxAge,
      sameSite: 'lax',
      // Paraglide's browser runtime reads the cookie to render the same language as the server.
      httpOnly: false,
    });
  }
  redirect(303, sameSitePath(form.get('redirectTo')));
};
