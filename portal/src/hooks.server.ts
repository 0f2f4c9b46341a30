import { redirect } from '@sveltejs/kit';
import { sequence, type Handle, type HandleServerError } from '@sveltejs/kit/hooks';
import { ANONYMOUS, type Actor } from '@engage/shared/auth';
import { AUTH_SECRET } from '$app/env/private';
import { clientKeyOf } from '#lib/server/client-key.ts';
import { GatewayError, statusFor } from '#lib/server/gateway-errors.ts';
import { log } from '#lib/server/log.ts';
import { securityHeaders } from '#lib/server/security-headers.ts';
import { sessionTokenOf, staffForSession, visitorClient } from '#lib/staff/sessions.server.ts';
import { crossSiteForms } from '#lib/subscriptions/one-click.server.ts';
import { auth, gateway } from '#lib/server/services.ts';
import { pageLanguage } from '#lib/i18n/page-language.server.ts';

/**
 * The visitor's client key for the whole request, so code Auth.js calls without the event (its
 * sign-in check, its sign-out event) speaks for this visitor, not for the portal.
 */
const visitor: Handle = ({ event, resolve }) =>
  visitorClient.run(clientKeyOf(event), () => resolve(event));

const SIGN_IN = '/staff/sign-in';

const inStaffArea = (pathname: string) => pathname === '/staff' || pathname.startsWith('/staff/');

/**
 * Fills locals.actor from the staff session the cookie names, as the engagement service says it
 * stands now, and keeps everyone else out of /staff.
 */
const actor: Handle = async ({ event, resolve }) => {
  event.locals.actor = await currentActor(event);
  event.locals.gateway = gateway.as(event.locals.actor, clientKeyOf(event));

  const { pathname } = event.url;
  if (inStaffArea(pathname) && pathname !== SIGN_IN && event.locals.actor.kind !== 'staff') {
    redirect(303, SIGN_IN);
  }
  return resolve(event);
};

async function currentActor(event: Parameters<Handle>[0]['event']): Promise<Actor> {
  const token = await sessionTokenOf(event, AUTH_SECRET);
  if (!token) return ANONYMOUS;
  try {
    return (await staffForSession(gateway, token)) ?? ANONYMOUS;
  } catch (error) {
    // A staff page cannot go on without knowing who asks; a public page can, as anyone.
    if (inStaffArea(event.url.pathname)) throw error;
    log.warn('staff session could not be checked; serving the public page anonymously', {
      error,
    });
    return ANONYMOUS;
  }
}

// securityHeaders first, so every response has them, even one another hook returns early.
// crossSiteForms next: SvelteKit's own check is off (vite.config.ts) so one-click unsubscribe works.
export const handle = sequence(
  securityHeaders,
  crossSiteForms,
  visitor,
  pageLanguage,
  auth.handle,
  actor,
);

/** Every unexpected error is logged with its stack; the visitor sees only a status and a kind page. */
export const handleError: HandleServerError = ({ kind, error, event }) => {
  if (kind !== 'unknown') return;
  if (error instanceof GatewayError) {
    log.error('gateway request failed', { code: error.code, path: event.url.pathname, error });
    return { status: statusFor(error) };
  }
  log.error('unexpected error', { path: event.url.pathname, error });
  return { status: 500 };
};
