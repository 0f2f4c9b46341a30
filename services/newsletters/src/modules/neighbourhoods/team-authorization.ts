import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import { KnownNeighbourhood } from './known-neighbourhood.entity.ts';

type Team = { id: string; policingAreaId: string };

/**
 * Who may draft and publish a team's newsletter: its own officers, the commander of its NPA, and
 * admins (the same rule as engagement's `mayManageTeam`).
 */
export function mayManageTeam(actor: Actor, team: Team): boolean {
  if (actor.kind !== 'staff') return false;
  switch (actor.role) {
    case 'OFFICER':
      return actor.neighbourhoodId === team.id;
    case 'COMMANDER':
      return actor.policingAreaId === team.policingAreaId;
    case 'ADMIN':
      return true;
    default:
      return false;
  }
}

/** Corporate communications: they review every team's issues. */
export function isReviewer(actor: Actor): boolean {
  return actor.kind === 'staff' && (actor.role === 'REVIEWER' || actor.role === 'ADMIN');
}

/** Managers and reviewers see a team's unpublished issues. */
export function maySeeTeamNewsletters(actor: Actor, team: Team): boolean {
  return mayManageTeam(actor, team) || isReviewer(actor);
}

/**
 * Who may see how many people a team reaches: its managers (officers, its NPA's commander,
 * admins) and analysts (force-wide aggregates). Not reviewers: judging an issue's words needs no
 * audience figures, and a team's reach is its own business.
 */
export function maySeeSubscriberCount(actor: Actor, team: Team): boolean {
  return mayManageTeam(actor, team) || (actor.kind === 'staff' && actor.role === 'ANALYST');
}

/** UNAUTHENTICATED for the public, NOT_FOUND for a team this service has not heard of. */
export async function knownTeam(
  em: EntityManager,
  actor: Actor,
  neighbourhoodId: string,
): Promise<KnownNeighbourhood> {
  if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to work on newsletters.');
  const team = await em.findOne(KnownNeighbourhood, { id: neighbourhoodId });
  if (!team) throw appError('NOT_FOUND', 'There is no such neighbourhood team.');
  return team;
}

export async function requireTeamManager(
  em: EntityManager,
  actor: Actor,
  neighbourhoodId: string,
): Promise<KnownNeighbourhood> {
  const team = await knownTeam(em, actor, neighbourhoodId);
  if (!mayManageTeam(actor, team)) {
    throw appError('FORBIDDEN', 'You can only work on your own team’s newsletter.');
  }
  return team;
}
