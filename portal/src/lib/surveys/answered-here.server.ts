import type { Cookies } from '@sveltejs/kit';

/**
 * "This browser has answered this round already", for the open survey link. A marker cookie,
 * scoped to the round's own page, is all it is: it stops a resident sending the same answers
 * twice by accident (a reload, the back button, a second tab). It is not a defence against
 * someone determined to answer again, who can clear their cookies; they are held by the service's
 * rate limit per browser and connection, which no cookie can reset. So the marker needs no
 * signature: forging one only hides the form from yourself.
 */

export const ANSWERED_COOKIE = 'your-views-answered';
const NAME = ANSWERED_COOKIE;
/** Longer than any round runs (about four weeks), so the marker outlives the round. */
const MAX_AGE_SECONDS = 90 * 24 * 60 * 60;

/** The round page's own path (with any base path), so the marker travels only to that round. */
type RoundPage = { cookies: Cookies; url: URL };

export function answeredHere({ cookies }: RoundPage): boolean {
  return cookies.get(NAME) === '1';
}

export function rememberAnswered({ cookies, url }: RoundPage): void {
  cookies.set(NAME, '1', {
    path: url.pathname,
    maxAge: MAX_AGE_SECONDS,
    httpOnly: true,
    sameSite: 'lax',
  });
}
