import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import { isAdmin, isReviewer, mayManageTeam, type Actor } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { maySeeTeamNewsletters } from '../neighbourhoods/team-authorization.ts';
import { Newsletter } from './newsletter.entity.ts';
import type { NewsletterStatus } from './newsletter.types.ts';

export type Permission = 'manage' | 'review' | 'manageOrReview' | 'admin';

const allowed: Record<Permission, (actor: Actor, team: KnownNeighbourhood) => boolean> = {
  manage: mayManageTeam,
  review: isReviewer,
  manageOrReview: maySeeTeamNewsletters,
  admin: isAdmin,
};

const FORBIDDEN_MESSAGE: Record<Permission, string> = {
  manage: 'You can only work on your own team’s newsletter.',
  review: 'Only reviewers can approve a newsletter or ask for changes.',
  manageOrReview: 'You can only work on your own team’s newsletter.',
  admin: 'Only an administrator can withdraw a published newsletter.',
};

/**
 * Loads an issue for a change, locked until the transaction ends (two clicks on "approve" cannot
 * both see IN_REVIEW): UNAUTHENTICATED for the public, then NOT_FOUND, then FORBIDDEN, then
 * CONFLICT when the issue is not in a state the action starts from.
 */
export async function newsletterForChange(
  em: EntityManager,
  actor: Actor,
  id: string,
  permission: Permission,
  from: readonly NewsletterStatus[],
): Promise<{ newsletter: Newsletter; team: KnownNeighbourhood }> {
  if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to work on newsletters.');
  const newsletter = isUUID(id)
    ? await em.findOne(Newsletter, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (!newsletter) throw appError('NOT_FOUND', 'There is no such newsletter.');
  const team = await em.findOne(KnownNeighbourhood, { id: newsletter.neighbourhoodId });
  if (!team) throw appError('NOT_FOUND', 'There is no such neighbourhood team.');
  if (!allowed[permission](actor, team)) {
    throw appError('FORBIDDEN', FORBIDDEN_MESSAGE[permission]);
  }
  if (!from.includes(newsletter.status)) {
    throw appError(
      'CONFLICT',
      `This newsletter is ${newsletter.status.toLowerCase().replace('_', ' ')}, so that cannot be done now.`,
      { status: newsletter.status },
    );
  }
  return { newsletter, team };
}

/** Whether this actor may see an issue: anyone once published; managers and reviewers before. */
export function maySeeNewsletter(
  actor: Actor,
  newsletter: Newsletter,
  team: KnownNeighbourhood | null,
): boolean {
  if (newsletter.status === 'PUBLISHED') return true;
  return team !== null && maySeeTeamNewsletters(actor, team);
}
