import { redirect } from '@sveltejs/kit';
import { sequence, type Handle, type HandleServerError } from '@sveltejs/kit/hooks';
import { ANONYMOUS } from '@engage/shared/auth';
import { actorFrom } from '#lib/server/auth.ts';
import { clientKeyOf } from '#lib/server/client-key.ts';
import { GatewayError, statusForGatewayError } from '#lib/server/http-errors.ts';
import { log } from '#lib/server/log.ts';
import { crossSiteForms } from '#lib/server/subscriptions-one-click.ts';
import { auth, gateway } from '#lib/server/services.ts';
import { paraglideMiddleware } from '#lib/paraglide/server.js';
import { getTextDirection } from '#lib/paraglide/runtime.js';

/** Picks the language (cookie, then the browser's, then English) and writes it into <html>. */
const language: Handle = ({ event, resolve }) =>
  // Without the URL strategy the middleware passes the request on unchanged, so `event` stands.
  paraglideMiddleware(event.request, ({ locale }) =>
    resolve(event, {
      transformPageChunk: ({ html }) =>
        html
          .replace('%paraglide.lang%', locale)
          .replace('%paraglide.dir%', getTextDirection(locale)),
    }),
  );

const SIGN_IN = '/staff/sign-in';

/** Fills locals.actor from the Auth.js session, and keeps anonymous visitors out of /staff. */
const actor: Handle = async ({ event, resolve }) => {
  const session = await event.locals.auth();
  event.locals.actor = actorFrom(session) ?? ANONYMOUS;
  event.locals.gateway = gateway.as(event.locals.actor, clientKeyOf(event));

  const { pathname } = event.url;
  const inStaffArea = pathname === '/staff' || pathname.startsWith('/staff/');
  if (inStaffArea && pathname !== SIGN_IN && event.locals.actor.kind !== 'staff') {
    redirect(303, SIGN_IN);
  }
  return resolve(event);
};

// crossSiteForms first: SvelteKit's own check is off (vite.config.ts) so one-click unsubscribe works.
export const handle = sequence(crossSiteForms, language, auth.handle, actor);

/** Every unexpected error is logged with its stack; the visitor sees only a status and a kind page. */
export const handleError: HandleServerError = ({ kind, error, event }) => {
  if (kind !== 'unknown') return;
  if (error instanceof GatewayError) {
    log.error('gateway request failed', { code: error.code, path: event.url.pathname, error });
    return { status: statusForGatewayError(error) };
  }
  log.error('unexpected error', { path: event.url.pathname, error });
  return { status: 500 };
};
