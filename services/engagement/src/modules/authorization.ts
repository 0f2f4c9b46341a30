import type { EntityManager } from '@mikro-orm/postgresql';
import { mayManageTeam, type Actor } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import { Neighbourhood } from './geography/neighbourhood.entity.ts';

/**
 * Loads a team and checks the actor may manage it (the rule itself is `mayManageTeam`, in
 * @engage/shared/auth), with errors a client can act on: NOT_FOUND for an unknown team,
 * UNAUTHENTICATED when nobody is signed in, FORBIDDEN otherwise.
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
