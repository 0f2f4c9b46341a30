import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventPayloads, Logger } from '@engage/shared';
import { ukToday } from '@engage/shared/uk-time';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { Announcement } from './announcement.entity.ts';
import { fanOut } from '../subscribers/fan-out.ts';

/**
 * `event.published`: invite the team's (and its NPA's) subscribers who want events. An event that
 * has already started is skipped.
 */
export async function inviteToEvent(
  em: EntityManager,
  payload: EventPayloads['event.published'],
  logger: Logger,
): Promise<void> {
  if (new Date(payload.startsAt).getTime() < Date.now()) {
    // Nobody should be invited to something that has happened (the demo seed replays history).
    logger.debug({ eventId: payload.eventId }, 'event already started; no invitations');
    return;
  }
  const team = await em.findOne(KnownNeighbourhood, { id: payload.neighbourhoodId });
  if (!team) {
    // Teams are announced before their events; until this one is, retry (the queue backs off).
    throw new Error(
      `event ${payload.eventId} is for team ${payload.neighbourhoodId}, not yet known`,
    );
  }
  await em.upsert(Announcement, {
    id: payload.eventId,
    kind: 'EVENT',
    payload,
    receivedAt: new Date(),
  });
  const added = await fanOut(em, {
    kind: 'EVENT_INVITATION',
    subjectId: payload.eventId,
    interest: 'EVENTS',
    neighbourhoodIds: [team.id],
    policingAreaIds: [team.policingAreaId],
  });
  logger.info({ eventId: payload.eventId, invitations: added }, 'event invitations queued');
}

/**
 * `survey.round.opened`: one invitation per subscriber who wants surveys and follows one of the
 * round's teams. A round that has already closed is skipped: the demo seed replays past rounds.
 */
export async function inviteToSurvey(
  em: EntityManager,
  payload: EventPayloads['survey.round.opened'],
  logger: Logger,
): Promise<void> {
  if (payload.closesOn < ukToday()) {
    logger.debug({ roundId: payload.roundId }, 'survey round already closed; no invitations');
    return;
  }
  const teams = await em.find(KnownNeighbourhood, { id: { $in: payload.neighbourhoodIds } });
  await em.upsert(Announcement, {
    id: payload.roundId,
    kind: 'SURVEY_ROUND',
    payload,
    receivedAt: new Date(),
  });
  const added = await fanOut(em, {
    kind: 'SURVEY_INVITATION',
    subjectId: payload.roundId,
    interest: 'SURVEYS',
    neighbourhoodIds: payload.neighbourhoodIds,
    policingAreaIds: [...new Set(teams.map((team) => team.policingAreaId))],
  });
  logger.info({ roundId: payload.roundId, invitations: added }, 'survey invitations queued');
}
