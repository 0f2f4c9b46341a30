import { text } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';

/**
 * SvelteKit's cross-site form check, with one exception: RFC 8058 one-click unsubscribe.
 *
 * Mail providers (Gmail, Yahoo, Outlook) unsubscribe a resident by POSTing
 * `List-Unsubscribe=One-Click` to the link in the `List-Unsubscribe` header, from their own
 * servers: no Origin header (or theirs), no cookies, no CSRF token. SvelteKit 3's check
 * (`kit.csrf`) runs before any hook and knows only a list of trusted origins, not paths, so it is
 * turned off in vite.config.ts (`trustedOrigins: ['*']`) and done again here, the same way,
 * for every path but that one. Letting that path through is safe: it changes nothing without
 * the signed unsubscribe token in its query, which only the resident's email holds.
 */

/** The only path a form may be POSTed to from another site (the email links' unsubscribe page). */
export const ONE_CLICK_PATH = '/subscriptions/unsubscribe';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The content types a plain HTML form can send (SvelteKit's list, from the Fetch standard). */
const FORM_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
  'application/x-sveltekit-formdata',
];

function isFormContentType(request: Request): boolean {
  const type = request.headers.get('content-type')?.split(';', 1)[0]?.trim().toLowerCase();
  return !type || FORM_TYPES.includes(type);
}

/** SvelteKit's is_csrf_forbidden, for requests to any other path. */
export function isCrossSiteFormPost(request: Request, url: URL): boolean {
  if (url.pathname === ONE_CLICK_PATH) return false;
  return (
    MUTATING.has(request.method) &&
    isFormContentType(request) &&
    request.headers.get('origin') !== url.origin
  );
}

export const crossSiteForms: Handle = ({ event, resolve }) => {
  if (isCrossSiteFormPost(event.request, event.url)) {
    const message = `Cross-site ${event.request.method} form submissions are forbidden`;
    if (event.request.headers.get('accept') === 'application/json') {
      return Response.json({ message }, { status: 403 });
    }
    return text(message, { status: 403 });
  }
  return resolve(event);
};
