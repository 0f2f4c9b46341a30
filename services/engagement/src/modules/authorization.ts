import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, StaffActor } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import { Neighbourhood } from './geography/neighbourhood.entity.ts';

/**
 * Who may change a team's records: its own officers, the commander of its NPA, and admins.
 * Everyone else (reviewers, analysts, the public) may not. The one place these rules live.
 */
export function mayManageTeam(actor: Actor, team: { id: string; policingAreaId: string }): boolean {
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

/** Internal records (engagements, drafts, the social media log): managers, plus analysts. */
export function mayReadTeamRecords(actor: Actor, team: { id: string; policingAreaId: string }) {
  return mayManageTeam(actor, team) || (actor.kind === 'staff' && actor.role === 'ANALYST');
}

/** A commander posts for their own NPA; admins for any. */
export function mayPostForArea(actor: Actor, policingAreaId: string): actor is StaffActor {
  if (actor.kind !== 'staff') return false;
  return (
    actor.role === 'ADMIN' ||
    (actor.role === 'COMMANDER' && actor.policingAreaId === policingAreaId)
  );
}

/**
 * Loads a team and checks the actor may manage it, with errors a client can act on: NOT_FOUND
 * for an unknown team, UNAUTHENTICATED when nobody is signed in, FORBIDDEN otherwise.
 */
export async function requireTeamManager(
  em: EntityManager,
  actor: Actor,
  neighbourhoodId: string,
): Promise<Neighbourhood> {
  if (actor.kind !== 'staff')
    throw appError('UNAUTHENTICATED', 'Sign in to change a team’s records.');
  const team = await em.findOne(Neighbourhood, { id: neighbourhoodId });
  if (!team) throw appError('NOT_FOUND', 'There is no such neighbourhood team.');
  if (!mayManageTeam(actor, { id: team.id, policingAreaId: team.policingArea.id })) {
    throw appError('FORBIDDEN', 'You can only change the records of your own team.');
  }
  return team;
}
