import { AsyncLocalStorage } from 'node:async_hooks';
import type { Cookies } from '@sveltejs/kit';
import { decode } from '@auth/core/jwt';
import { PORTAL_SERVICE, type StaffActor } from '@engage/shared/auth';
import type { createGateway } from '#lib/server/gateway.ts';
import { staffActor } from './actor.server.ts';
import { graphql } from '#lib/graphql/index.ts';

/**
 * Staff sessions live in the engagement service (one row per signed-in browser); the portal's
 * cookie holds only the session's token, inside Auth.js's encrypted JWT. Each staff request asks
 * the service who the token belongs to now, so signing out, a timeout, a new role or a disabled
 * account take effect at the next request, whatever copies of the cookie exist.
 */

const STAFF_SESSION = graphql(`
  query StaffSession($token: String!) {
    staffSession(token: $token) {
      id
      name
      role
      neighbourhoodId
      policingAreaId
    }
  }
`);

const END_STAFF_SESSION = graphql(`
  mutation EndStaffSession($token: String!) {
    endStaffSession(token: $token)
  }
`);

/**
 * The visitor's client key for the length of one request, for code Auth.js calls without the
 * request event (its `authorize`, its `signOut` event). Set in hooks.server.ts.
 */
export const visitorClient = new AsyncLocalStorage<string>();

function currentClient(): string {
  const client = visitorClient.getStore();
  // Without it the service would count every visitor as the portal: refuse rather than guess.
  if (!client) throw new Error('No visitor client key: run this inside visitorClient.run().');
  return client;
}

type Gateway = ReturnType<typeof createGateway>;

/** The member of staff a session token belongs to now, or null once the session has ended. */
export async function staffForSession(gateway: Gateway, token: string): Promise<StaffActor | null> {
  const { staffSession } = await gateway
    .as(PORTAL_SERVICE, currentClient())
    .request(STAFF_SESSION, { token });
  return staffSession ? staffActor(staffSession) : null;
}

/** Ends a session on the server, so a copy of the cookie signs nobody in. */
export async function endStaffSession(gateway: Gateway, token: string): Promise<void> {
  await gateway.as(PORTAL_SERVICE, currentClient()).request(END_STAFF_SESSION, { token });
}

/**
 * The cookies Auth.js sets for staff (over HTTPS each is prefixed `__Secure-`, the CSRF one
 * `__Host-`), as the cookies page lists them.
 */
export const SESSION_COOKIE_NAMES = {
  session: 'authjs.session-token',
  csrf: 'authjs.csrf-token',
  callback: 'authjs.callback-url',
} as const;

/** Auth.js names its cookie by the scheme it sees; `__Secure-` over HTTPS. */
const cookieNameFor = (url: URL) =>
  url.protocol === 'https:'
    ? `__Secure-${SESSION_COOKIE_NAMES.session}`
    : SESSION_COOKIE_NAMES.session;

/** The session token in this request's Auth.js cookie, or null. Read here, never sent to a browser. */
export async function sessionTokenOf(
  event: { cookies: Pick<Cookies, 'get'>; url: URL },
  secret: string,
): Promise<string | null> {
  const name = cookieNameFor(event.url);
  const cookie = event.cookies.get(name);
  if (!cookie) return null;
  const token = await decode({ token: cookie, secret, salt: name }).catch(() => null);
  return sessionTokenFrom(token);
}

export function sessionTokenFrom(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('sessionToken' in value)) return null;
  return typeof value.sessionToken === 'string' ? value.sessionToken : null;
}
