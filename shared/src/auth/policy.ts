import type { Actor } from './actor.ts';

/**
 * Who may do what to a team or a policing area: the one home of these rules. The services call
 * them from their own `require*` checks (which load their own rows and throw their own errors),
 * and the portal calls them to offer only what the services will allow. They answer yes or no and
 * narrow nothing: a "no" says nothing about whether the actor is staff.
 */

/** A neighbourhood team and the policing area (NPA) it belongs to. */
export interface TeamRef {
  id: string;
  policingAreaId: string;
}

/**
 * Who may change a team's records: its own officers, the commander of its NPA, and admins.
 * Everyone else (reviewers, analysts, the public) may not.
 */
export function mayManageTeam(actor: Actor, team: TeamRef): boolean {
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

/**
 * Who may add or remove a translation of a team's priorities and "We did" updates: whoever may
 * change them (mayManageTeam), and corporate communications (reviewers), who answer for what the
 * force tells residents in every language.
 */
export function mayTranslateTeamContent(actor: Actor, team: TeamRef): boolean {
  return mayManageTeam(actor, team) || isReviewer(actor);
}

/**
 * A team's internal records and figures (engagements, drafts, the social media log, its
 * compliance, how many people it reaches): its managers, and analysts for force-wide aggregates.
 */
export function mayReadTeamRecords(actor: Actor, team: TeamRef): boolean {
  return mayManageTeam(actor, team) || isAnalyst(actor);
}

/** Who acts for a whole NPA (commander updates, local questions): its commander, and admins. */
export function mayManageArea(actor: Actor, policingAreaId: string): boolean {
  if (actor.kind !== 'staff') return false;
  return (
    actor.role === 'ADMIN' ||
    (actor.role === 'COMMANDER' && actor.policingAreaId === policingAreaId)
  );
}

/**
 * Who may send an alert to residents without review ("urgent": a missing person, a road closed by
 * an incident): the NPA's commander, for the NPA and any of its teams, and admins. There is no
 * sergeant role; the commander is the rank who answers for what an area is told, so an officer's
 * urgent message goes through them. Everyone else's alerts follow the force's review rule.
 */
export function maySendUrgentAlert(actor: Actor, policingAreaId: string): boolean {
  return mayManageArea(actor, policingAreaId);
}

/** An NPA's figures (its compliance dashboard): its managers, and analysts. */
export function mayReadAreaRecords(actor: Actor, policingAreaId: string): boolean {
  return mayManageArea(actor, policingAreaId) || isAnalyst(actor);
}

/** The whole force's figures: admins and analysts. */
export function mayReadForceRecords(actor: Actor): boolean {
  return isAdmin(actor) || isAnalyst(actor);
}

/** The area a diversity-of-reach figure is about. */
export type ReachScope =
  | { level: 'FORCE' }
  | { level: 'POLICING_AREA'; policingAreaId: string }
  | { level: 'NEIGHBOURHOOD'; team: TeamRef };

/**
 * Diversity of reach (who the newsletters and "Your Views" reach, by group, beside the census):
 * a team's officers and its NPA's commander for their own area, and reviewers (who answer for
 * what the force tells residents), analysts and admins force-wide.
 */
export function mayReadReach(actor: Actor, scope: ReachScope): boolean {
  if (isReviewer(actor) || mayReadForceRecords(actor)) return true;
  switch (scope.level) {
    case 'FORCE':
      return false;
    case 'POLICING_AREA':
      return mayReadAreaRecords(actor, scope.policingAreaId);
    case 'NEIGHBOURHOOD':
      return mayReadTeamRecords(actor, scope.team);
  }
}

/** Corporate communications review every team's newsletters; admins may too. */
export function isReviewer(actor: Actor): boolean {
  return actor.kind === 'staff' && (actor.role === 'REVIEWER' || actor.role === 'ADMIN');
}

export function isAdmin(actor: Actor): boolean {
  return actor.kind === 'staff' && actor.role === 'ADMIN';
}

function isAnalyst(actor: Actor): boolean {
  return actor.kind === 'staff' && actor.role === 'ANALYST';
}
