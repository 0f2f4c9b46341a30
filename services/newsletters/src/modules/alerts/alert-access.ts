import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import {
  isReviewer,
  mayManageArea,
  mayManageTeam,
  maySendUrgentAlert,
  type Actor,
  type StaffActor,
} from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { Alert } from './alert.entity.ts';
import type { AlertStatus } from './alert.types.ts';

/** Who may write to an alert's audience: the team's managers, or the NPA's commander. */
export function mayWriteAlert(
  actor: Actor,
  alert: Pick<Alert, 'neighbourhoodId' | 'policingAreaId'>,
): boolean {
  return alert.neighbourhoodId
    ? mayManageTeam(actor, { id: alert.neighbourhoodId, policingAreaId: alert.policingAreaId })
    : mayManageArea(actor, alert.policingAreaId);
}

export type AlertPermission = 'write' | 'review' | 'urgent';

const allowed: Record<AlertPermission, (actor: Actor, alert: Alert) => boolean> = {
  write: mayWriteAlert,
  review: isReviewer,
  // Urgent needs both: someone who may write to this audience and is its NPA's commander.
  urgent: (actor, alert) =>
    mayWriteAlert(actor, alert) && maySendUrgentAlert(actor, alert.policingAreaId),
};

const FORBIDDEN_MESSAGE: Record<AlertPermission, string> = {
  write: 'You can only send alerts for your own team or area.',
  review: 'Only reviewers can approve an alert or ask for changes.',
  urgent: 'Only the area’s commander can send an alert without review.',
};

/** UNAUTHENTICATED for anyone who is not signed-in staff. */
export function requireStaff(actor: Actor): asserts actor is StaffActor {
  if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to work on alerts.');
}

/**
 * Loads an alert for a change, locked until the transaction ends (two clicks on "send" cannot
 * both see DRAFT): UNAUTHENTICATED, then NOT_FOUND, then FORBIDDEN, then CONFLICT when it is not
 * in a state the action starts from.
 */
export async function alertForChange(
  em: EntityManager,
  actor: Actor,
  id: string,
  permission: AlertPermission,
  from: readonly AlertStatus[],
): Promise<Alert> {
  requireStaff(actor);
  const alert = isUUID(id)
    ? await em.findOne(Alert, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
    : null;
  if (!alert || alert.source !== 'STAFF') throw appError('NOT_FOUND', 'There is no such alert.');
  if (!allowed[permission](actor, alert)) {
    throw appError('FORBIDDEN', FORBIDDEN_MESSAGE[permission]);
  }
  if (!from.includes(alert.status)) {
    throw appError(
      'CONFLICT',
      `This alert is ${alert.status.toLowerCase().replace('_', ' ')}, so that cannot be done now.`,
      { status: alert.status },
    );
  }
  return alert;
}

/** The audience an alert is written for: a team this service knows, or an NPA with teams. */
export async function alertAudience(
  em: EntityManager,
  actor: StaffActor,
  target: { neighbourhoodId?: string | null; policingAreaId?: string | null },
): Promise<Pick<Alert, 'audience' | 'neighbourhoodId' | 'policingAreaId' | 'audienceName'>> {
  const { neighbourhoodId, policingAreaId } = target;
  if (Boolean(neighbourhoodId) === Boolean(policingAreaId)) {
    throw appError('BAD_USER_INPUT', 'Choose either a neighbourhood team or a policing area.', {
      field: 'neighbourhoodId',
    });
  }
  if (neighbourhoodId) {
    const team = isUUID(neighbourhoodId)
      ? await em.findOne(KnownNeighbourhood, { id: neighbourhoodId })
      : null;
    if (!team) throw appError('NOT_FOUND', 'There is no such neighbourhood team.');
    if (!mayManageTeam(actor, team)) throw appError('FORBIDDEN', FORBIDDEN_MESSAGE.write);
    return {
      audience: 'TEAM',
      neighbourhoodId: team.id,
      policingAreaId: team.policingAreaId,
      audienceName: team.name,
    };
  }
  const [team] = isUUID(policingAreaId)
    ? await em.find(KnownNeighbourhood, { policingAreaId: policingAreaId! }, { limit: 1 })
    : [];
  if (!team) throw appError('NOT_FOUND', 'There is no such policing area.');
  if (!mayManageArea(actor, team.policingAreaId)) {
    throw appError('FORBIDDEN', FORBIDDEN_MESSAGE.write);
  }
  return {
    audience: 'AREA',
    neighbourhoodId: null,
    policingAreaId: team.policingAreaId,
    audienceName: team.policingAreaName,
  };
}
