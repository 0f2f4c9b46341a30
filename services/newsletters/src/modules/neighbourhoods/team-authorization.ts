import type { EntityManager } from '@mikro-orm/postgresql';
import {
  isReviewer,
  mayManageTeam,
  mayReadTeamRecords,
  type Actor,
  type TeamRef,
} from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import { KnownNeighbourhood } from './known-neighbourhood.entity.ts';

/**
 * Who may draft and publish a team's newsletter is whoever may manage the team (`mayManageTeam`,
 * @engage/shared/auth); reviewers review every team's. Managers and reviewers see a team's
 * unpublished issues.
 */
export function maySeeTeamNewsletters(actor: Actor, team: TeamRef): boolean {
  return mayManageTeam(actor, team) || isReviewer(actor);
}

/**
 * Who may see how many people a team reaches: whoever may read its records (its managers, and
 * analysts). Not reviewers: judging an issue's words needs no audience figures, and a team's
 * reach is its own business.
 */
export const maySeeSubscriberCount = mayReadTeamRecords;

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
