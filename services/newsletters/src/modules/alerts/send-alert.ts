import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffActor } from '@engage/shared/auth';
import { recordAudit } from '@engage/shared/audit';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { fanOut } from '../subscribers/fan-out.ts';
import type { Alert } from './alert.entity.ts';

/**
 * Who an alert goes to: a TEAM alert to the team's subscribers and its NPA's (as a newsletter
 * does); an AREA alert to the subscribers of any of the NPA's teams and of the NPA itself.
 */
async function audienceOf(
  em: EntityManager,
  alert: Pick<Alert, 'neighbourhoodId' | 'policingAreaId'>,
): Promise<{ neighbourhoodIds: string[]; policingAreaIds: string[] }> {
  if (alert.neighbourhoodId) {
    return { neighbourhoodIds: [alert.neighbourhoodId], policingAreaIds: [alert.policingAreaId] };
  }
  const teams = await em.find(
    KnownNeighbourhood,
    { policingAreaId: alert.policingAreaId },
    { fields: ['id'] },
  );
  return {
    neighbourhoodIds: teams.map((team) => team.id),
    policingAreaIds: [alert.policingAreaId],
  };
}

/**
 * Queues one ALERT delivery per confirmed subscriber of the audience who chose UPDATES, inside
 * the caller's transaction, so the alert is SENT if and only if its deliveries exist (the mail
 * worker picks them up within a second). The fan-out skips anyone already queued, so running it
 * again adds nobody twice; `recipientCount` is every delivery the alert has.
 */
export async function fanOutAlert(em: EntityManager, alert: Alert, now: Date): Promise<number> {
  alert.status = 'SENT';
  alert.sentAt ??= now;
  alert.reviewComment = null;
  await em.flush();
  const added = await fanOut(em, {
    kind: 'ALERT',
    subjectId: alert.id,
    interest: 'UPDATES',
    ...(await audienceOf(em, alert)),
  });
  alert.recipientCount = (alert.recipientCount ?? 0) + added;
  return added;
}

/** A member of staff sends an alert (approved, needing no review, or urgent): audited. */
export async function sendAlert(
  em: EntityManager,
  alert: Alert,
  actor: StaffActor,
  how: 'approved' | 'unreviewed' | 'urgent',
): Promise<void> {
  const before = { status: alert.status, urgent: alert.urgent };
  alert.urgent = how === 'urgent';
  await fanOutAlert(em, alert, new Date());
  recordAudit(em, {
    actor,
    action:
      how === 'approved' ? 'alert.approved' : how === 'urgent' ? 'alert.sent.urgent' : 'alert.sent',
    subject: { type: 'Alert', id: alert.id },
    before,
    after: { status: alert.status, urgent: alert.urgent, recipientCount: alert.recipientCount },
  });
}
