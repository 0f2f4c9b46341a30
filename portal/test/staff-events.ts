import type { Actor } from '@engage/shared/auth';
import { createGateway } from '#lib/server/gateway.ts';
import { GATEWAY_JWT_SECRET, GATEWAY_URL } from './settings.ts';

/**
 * Request events as SvelteKit hands them to a staff page's load and actions: just what those read
 * (locals with the real gateway client, params, the URL and the request).
 */

export const CASTLE = {
  id: 'n-castle',
  slug: 'castle',
  name: 'Castle',
  policingArea: { id: 'a-city', slug: 'city-centre', name: 'City Centre' },
};

export const OFFICER: Actor = {
  kind: 'staff',
  id: 'officer-1',
  name: 'PC Amira Patel',
  role: 'OFFICER',
  neighbourhoodId: CASTLE.id,
};

export const OTHER_OFFICER: Actor = { ...OFFICER, id: 'officer-2', neighbourhoodId: 'n-belgrave' };

export const COMMANDER: Actor = {
  kind: 'staff',
  id: 'commander-1',
  name: 'Inspector Tom Walsh',
  role: 'COMMANDER',
  policingAreaId: CASTLE.policingArea.id,
};

function locals(actor: Actor) {
  return {
    actor,
    gateway: createGateway({ url: GATEWAY_URL, secret: GATEWAY_JWT_SECRET }).as(actor),
  };
}

/** A GET of `path` (with any query string) and its params, for a load function. */
export function getEvent<Event>(
  path: string,
  params: Record<string, string>,
  actor: Actor = OFFICER,
  routeId: string | null = null,
): Event {
  const url = new URL(path, 'http://portal.test');
  return { locals: locals(actor), params, url, route: { id: routeId } } as unknown as Event;
}

export const ANALYST: Actor = { kind: 'staff', id: 'analyst-1', name: 'Sam Lee', role: 'ANALYST' };

export const ADMIN: Actor = { kind: 'staff', id: 'admin-1', name: 'Jo Admin', role: 'ADMIN' };

/** A POST of a form (fields, or a FormData with files) to `path`, for an action. */
export function postEvent<Event>(
  path: string,
  params: Record<string, string>,
  body: Record<string, string> | FormData,
  actor: Actor = OFFICER,
): Event {
  const url = new URL(path, 'http://portal.test');
  const request = new Request(url, {
    method: 'POST',
    body: body instanceof FormData ? body : new URLSearchParams(body),
  });
  return { locals: locals(actor), params, url, request } as unknown as Event;
}

/** What an action or load ended with: its value, or what it threw (redirect, error). */
export async function outcome(run: () => unknown): Promise<unknown> {
  try {
    return await run();
  } catch (thrown) {
    return thrown;
  }
}
