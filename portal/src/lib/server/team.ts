import { error } from '@sveltejs/kit';
import { mayManageArea, mayManageTeam, mayReadTeamRecords, type Actor } from '@engage/shared/auth';
import type { Team } from '#lib/team-work.ts';
import type { Gateway } from './gateway.ts';
import { GatewayError, statusForGatewayError } from './http-errors.ts';

/** The fields every staff team page asks for, to name the team and its area. */
export const TEAM_FIELDS = /* GraphQL */ `
  id
  slug
  name
  policingArea {
    id
    slug
    name
  }
`;

const TEAM = /* GraphQL */ `
  query StaffTeam($slug: String!) {
    neighbourhood(slug: $slug) {
      ${TEAM_FIELDS}
    }
  }
`;

/**
 * Who may manage a team's work: the services' own rule (`mayManageTeam`, @engage/shared/auth), so
 * the staff area offers only what will work; the service still decides every read and write.
 */
export function managesTeam(actor: Actor, team: Team): boolean {
  return mayManageTeam(actor, teamRef(team));
}

/** A commander posts for their own NPA; an administrator for any. */
export function postsForArea(actor: Actor, policingAreaId: string): boolean {
  return mayManageArea(actor, policingAreaId);
}

const REFUSALS = new Set(['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED']);

/**
 * The gateway's refusals as the matching status page (403, 404, 401). They are everyday answers,
 * not faults: only the status is shown, and nothing is logged. Anything else goes on to
 * handleError, which logs it with its stack.
 */
export async function orStatusPage<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (caught) {
    if (caught instanceof GatewayError && REFUSALS.has(caught.code)) {
      error(statusForGatewayError(caught), caught.code);
    }
    throw caught;
  }
}

/**
 * A write through the gateway. BAD_USER_INPUT comes back as the service's message, for the
 * form's error summary (the form keeps its values); a refusal becomes its status page.
 */
export async function mutate<T>(
  run: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; problem: string }> {
  try {
    return { ok: true, value: await orStatusPage(run()) };
  } catch (caught) {
    if (caught instanceof GatewayError && caught.code === 'BAD_USER_INPUT') {
      return { ok: false, problem: caught.message };
    }
    throw caught;
  }
}

/**
 * Who may see how a team meets the standards: whoever manages it, and analysts (as the service's
 * rule for Neighbourhood.compliance).
 */
export function seesTeamCompliance(actor: Actor, team: Team): boolean {
  return mayReadTeamRecords(actor, teamRef(team));
}

const teamRef = (team: Team) => ({ id: team.id, policingAreaId: team.policingArea.id });

/**
 * The team a staff page is about: 404 when there is none, 403 when the actor may not manage it
 * (or, for a page that only reads, `may` see it).
 */
export async function teamFor(
  gateway: Gateway,
  actor: Actor,
  slug: string,
  may: (actor: Actor, team: Team) => boolean = managesTeam,
): Promise<Team> {
  const { neighbourhood } = await orStatusPage(
    gateway.request<{ neighbourhood: Team | null }>(TEAM, { slug }),
  );
  if (!neighbourhood) error(404, 'NOT_FOUND');
  if (!may(actor, neighbourhood)) error(403, 'FORBIDDEN');
  return neighbourhood;
}
