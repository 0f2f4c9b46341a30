import { isUUID } from 'class-validator';
import type { Actor } from '../auth/actor.ts';
import { mayReadReach, type ReachScope, type TeamRef } from '../auth/policy.ts';
import { appError } from './errors.ts';
import type { AreaLevel } from './reach-types.ts';

/** How a service finds the area a reach query names, in its own local copy of the teams. */
export interface ReachAreaLookup {
  team(id: string): Promise<TeamRef | null>;
  policingAreaExists(id: string): Promise<boolean>;
}

/**
 * Checks a reach query's area and its caller, for both services: the area named properly (none
 * for the force, a known NPA or team otherwise), and the caller one who may read it
 * (`mayReadReach`). Anyone not signed in as staff is refused before anything is looked up.
 */
export async function requireReachReader(
  actor: Actor,
  level: AreaLevel,
  areaId: string | null,
  find: ReachAreaLookup,
): Promise<ReachScope> {
  if (actor.kind !== 'staff') {
    throw appError('UNAUTHENTICATED', 'Sign in as staff to see who the force reaches.');
  }
  let scope: ReachScope;
  if (level === 'FORCE') {
    if (areaId) throw appError('BAD_USER_INPUT', 'Leave out areaId for the whole force.');
    scope = { level };
  } else {
    if (!areaId || !isUUID(areaId)) {
      throw appError('BAD_USER_INPUT', 'Say which area, by its id.', { field: 'areaId' });
    }
    if (level === 'POLICING_AREA') {
      if (!(await find.policingAreaExists(areaId))) throw appError('NOT_FOUND', 'No such area.');
      scope = { level, policingAreaId: areaId };
    } else {
      const team = await find.team(areaId);
      if (!team) throw appError('NOT_FOUND', 'No such team.');
      scope = { level, team };
    }
  }
  if (!mayReadReach(actor, scope)) {
    throw appError('FORBIDDEN', 'You may only see the reach of your own area.');
  }
  return scope;
}
