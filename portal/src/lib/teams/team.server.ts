import { error } from '@sveltejs/kit';
import { mayManageArea, mayManageTeam, mayReadTeamRecords, type Actor } from '@engage/shared/auth';
import type { Team } from '#lib/teams/team-work.ts';
import { graphql } from '#lib/graphql/index.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';

/** The fields every staff team page asks for, to name the team and its area. */
graphql(`
  fragment TeamFields on Neighbourhood {
    id
    slug
    name
    policingArea {
      id
      slug
      name
    }
  }
`);

const TEAM = graphql(`
  query StaffTeam($slug: String!) {
    neighbourhood(slug: $slug) {
      ...TeamFields
    }
  }
`);

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
  const { neighbourhood } = await orStatusPage(gateway.request(TEAM, { slug }));
  if (!neighbourhood) error(404, 'NOT_FOUND');
  if (!may(actor, neighbourhood)) error(403, 'FORBIDDEN');
  return neighbourhood;
}
