import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { publishEvent } from '@engage/shared';
import { QuestionSet } from '../questions/question-set.entity.ts';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { ukDay } from '@engage/shared/uk-time';
import { SurveyRound } from './survey-round.entity.ts';

/** The teams a round is for: those of its NPAs, or every team the service knows of. */
export async function targetNeighbourhoodIds(
  em: EntityManager,
  round: Pick<SurveyRound, 'policingAreaIds'>,
): Promise<string[]> {
  const teams = await em.find(
    KnownNeighbourhood,
    round.policingAreaIds.length > 0 ? { policingAreaId: { $in: round.policingAreaIds } } : {},
    { orderBy: { id: 'asc' }, fields: ['id'] },
  );
  return teams.map((team) => team.id);
}

/**
 * SCHEDULED → OPEN, and `survey.round.opened` in the same transaction. The status change is a
 * conditional update, so of two callers (an admin and the calendar worker, or two replicas) only
 * one changes a row and only that one publishes: the event goes out exactly once. The round takes
 * the newest question set now ("rounds keep the version they opened with") and, if opened early,
 * opens today. Returns null when the round was not SCHEDULED.
 */
export async function openRound(
  em: EntityManager,
  roundId: string,
  now: Date = new Date(),
): Promise<SurveyRound | null> {
  const today = ukDay(now);
  return em.transactional(async (tx) => {
    const [questionSet] = await tx.find(
      QuestionSet,
      {},
      { orderBy: { version: 'desc' }, limit: 1 },
    );
    const round = await tx.findOne(
      SurveyRound,
      // A voided round is never opened, by an admin or the calendar.
      { id: roundId, status: 'SCHEDULED', voidedAt: null },
      // FOR UPDATE: a concurrent opener waits, then finds the round no longer SCHEDULED.
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!round) return null;
    round.status = 'OPEN';
    round.openedAt = now;
    if (round.opensOn > today) round.opensOn = today;
    if (questionSet) round.questionSetVersion = questionSet.version;
    publishEvent(tx, 'survey.round.opened', {
      roundId: round.id,
      roundLabel: round.label,
      openedOn: round.opensOn,
      closesOn: round.closesOn,
      neighbourhoodIds: await targetNeighbourhoodIds(tx, round),
    });
    return round;
  });
}

/** OPEN → CLOSED (a conditional update, like opening). Null when the round was not OPEN. */
export async function closeRound(
  em: EntityManager,
  roundId: string,
  now: Date = new Date(),
): Promise<SurveyRound | null> {
  const changed = await em.nativeUpdate(
    SurveyRound,
    { id: roundId, status: 'OPEN' },
    { status: 'CLOSED', closedAt: now },
  );
  if (changed === 0) return null;
  return em.findOneOrFail(SurveyRound, { id: roundId }, { refresh: true });
}

/**
 * SCHEDULED → CLOSED for a round whose closing day has passed before it opened (the calendar did
 * not run in its window, or it was voided while scheduled): it took no answers, sent no
 * invitations, and `openedAt` stays null, which is how "never opened" is told from "closed". No
 * event, as closing announces none. A conditional update, so an admin opening it meanwhile wins.
 */
async function closeUnopenedRound(
  em: EntityManager,
  roundId: string,
  today: string,
  now: Date,
): Promise<boolean> {
  const changed = await em.nativeUpdate(
    SurveyRound,
    { id: roundId, status: 'SCHEDULED', closesOn: { $lt: today } },
    { status: 'CLOSED', closedAt: now },
  );
  return changed > 0;
}

/**
 * What the calendar worker does, hourly: opens SCHEDULED rounds whose opening day has come (and
 * whose closing day has not passed), closes OPEN rounds whose closing day has passed, and closes
 * unopened those SCHEDULED rounds whose closing day has passed, all in UK days. Idempotent: run
 * twice, it changes nothing the second time.
 */
export async function runRoundCalendar(
  em: EntityManager,
  now: Date = new Date(),
): Promise<{ opened: string[]; closed: string[]; neverOpened: string[] }> {
  const today = ukDay(now);
  const due = await em.find(SurveyRound, {
    status: 'SCHEDULED',
    voidedAt: null,
    opensOn: { $lte: today },
    closesOn: { $gte: today },
  });
  const over = await em.find(SurveyRound, { status: 'OPEN', closesOn: { $lt: today } });
  const missed = await em.find(SurveyRound, { status: 'SCHEDULED', closesOn: { $lt: today } });
  const opened: string[] = [];
  const closed: string[] = [];
  const neverOpened: string[] = [];
  for (const round of due) if (await openRound(em.fork(), round.id, now)) opened.push(round.id);
  for (const round of over) if (await closeRound(em.fork(), round.id, now)) closed.push(round.id);
  for (const round of missed) {
    if (await closeUnopenedRound(em.fork(), round.id, today, now)) neverOpened.push(round.id);
  }
  return { opened, closed, neverOpened };
}
