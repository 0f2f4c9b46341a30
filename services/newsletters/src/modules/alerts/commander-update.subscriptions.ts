import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventPayloads, Logger } from '@engage/shared';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { Alert } from './alert.entity.ts';
import { fanOutAlert } from './send-alert.ts';

/**
 * `commander.update.published` (only sent when the commander ticked "also email it"): the update
 * becomes an AREA alert with the update's id, SENT, and is mailed to the NPA's subscribers who
 * want updates. A redelivered event finds the alert and adds nobody twice.
 */
export async function mailCommanderUpdate(
  em: EntityManager,
  payload: EventPayloads['commander.update.published'],
  logger: Logger,
): Promise<void> {
  const [team] = await em.find(
    KnownNeighbourhood,
    { policingAreaId: payload.policingAreaId },
    { limit: 1 },
  );
  if (!team) {
    // Teams are announced before anything about them; until this NPA's are, retry.
    throw new Error(`commander update ${payload.updateId} is for an NPA not yet known`);
  }
  const alert =
    (await em.findOne(Alert, { id: payload.updateId })) ??
    em.create(Alert, {
      id: payload.updateId,
      audience: 'AREA',
      source: 'COMMANDER_UPDATE',
      policingAreaId: team.policingAreaId,
      audienceName: team.policingAreaName,
      title: payload.title,
      body: payload.body,
      linkUrl: payload.videoUrl,
      status: 'SENT',
      createdAt: new Date(payload.publishedAt),
    });
  const added = await fanOutAlert(em, alert, new Date(payload.publishedAt));
  logger.info({ updateId: payload.updateId, deliveries: added }, 'commander update mailed');
}
