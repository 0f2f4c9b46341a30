import { isReviewer, mayReadTeamRecords, type Actor, type TeamRef } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import type { NewslettersContext } from '../../context.ts';
import type { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';

/**
 * Who may see how a team's newsletters were received: whoever may read its records (its
 * officers, its NPA's commander, analysts, admins) and reviewers, who judge how issues land.
 */
export function maySeeNewsletterEngagement(actor: Actor, team: TeamRef): boolean {
  return mayReadTeamRecords(actor, team) || isReviewer(actor);
}

/** The team, or UNAUTHENTICATED for the public, NOT_FOUND, FORBIDDEN for other staff. */
export async function requireEngagementReader(
  { actor, loaders }: NewslettersContext,
  neighbourhoodId: string,
): Promise<KnownNeighbourhood> {
  if (actor.kind !== 'staff') {
    throw appError('UNAUTHENTICATED', 'Sign in to see how newsletters were received.');
  }
  const team = await loaders.knownNeighbourhoodById.load(neighbourhoodId);
  if (!team) throw appError('NOT_FOUND', 'There is no such neighbourhood team.');
  if (!maySeeNewsletterEngagement(actor, team)) {
    throw appError(
      'FORBIDDEN',
      'Only the team, its commander, reviewers, analysts and admins can see this.',
    );
  }
  return team;
}
