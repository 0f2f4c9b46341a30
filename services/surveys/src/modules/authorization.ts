import {
  isAdmin,
  mayManageArea,
  mayManageTeam,
  type Actor,
  type StaffActor,
  type TeamRef,
} from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';

/**
 * Who may do what in "Your Views". The one place these rules live:
 * - ADMIN runs rounds, question sets, national figures and any poll;
 * - a COMMANDER adds local questions and polls for their own NPA and its teams, an OFFICER polls
 *   for their own team (`mayManagePoll`);
 * - scores by group: ANALYST and ADMIN anywhere, a COMMANDER for their NPA, an OFFICER for their
 *   team (scores.resolver.ts narrows the cells); the public sees the trend without groups.
 */
export function requireStaff(actor: Actor, doing: string): StaffActor {
  if (actor.kind !== 'staff') throw appError('FORBIDDEN', `Sign in as staff to ${doing}.`);
  return actor;
}

export function requireAdmin(actor: Actor, doing: string): StaffActor {
  const staff = requireStaff(actor, doing);
  if (!isAdmin(staff)) throw appError('FORBIDDEN', `Only an administrator can ${doing}.`);
  return staff;
}

/** ADMIN for any NPA; a COMMANDER for their own (the rule: `mayManageArea`, @engage/shared/auth). */
export function requireAreaManager(
  actor: Actor,
  policingAreaId: string,
  doing: string,
): StaffActor {
  const staff = requireStaff(actor, doing);
  if (!mayManageArea(staff, policingAreaId)) {
    throw appError('FORBIDDEN', `Only an administrator or the area’s commander can ${doing}.`);
  }
  return staff;
}

/** Whom a poll is for: NPAs and teams; neither means the whole force. */
export interface PollScope {
  policingAreaIds: readonly string[];
  teams: readonly TeamRef[];
}

/**
 * Who may create, open and close a poll: someone who manages every NPA (`mayManageArea`) and
 * every team (`mayManageTeam`) it is for; a force-wide poll, an ADMIN only.
 */
export function mayManagePoll(actor: Actor, scope: PollScope): boolean {
  if (scope.policingAreaIds.length === 0 && scope.teams.length === 0) return isAdmin(actor);
  return (
    scope.policingAreaIds.every((id) => mayManageArea(actor, id)) &&
    scope.teams.every((team) => mayManageTeam(actor, team))
  );
}
