import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { StaffActor } from '@engage/shared/auth';
import { recordAudit } from '@engage/shared/audit';
import { appError } from '@engage/shared/graphql';
import { SurveyResponse } from '../answering/survey-response.entity.ts';
import { SurveyRound } from './survey-round.entity.ts';

/**
 * Putting a round right: voiding it, and excluding (or including again) its open-link answers.
 * Each locks the round's row, so two admins acting at once are applied one after the other and
 * each audit entry's before and after counts are exact; the change and its audit entry commit
 * together or not at all. The published figures leave out voided rounds and excluded answers
 * (../scores); nothing is deleted, so every step can be reviewed.
 */

export const AUDIT_SUBJECT = 'SurveyRound';

async function lockedRound(tx: EntityManager, roundId: string): Promise<SurveyRound> {
  const round = await tx.findOne(
    SurveyRound,
    { id: roundId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!round) throw appError('NOT_FOUND', 'There is no such survey round.');
  return round;
}

/** The round's answers as the figures see them. */
async function answerCounts(tx: EntityManager, roundId: string) {
  const [row] = await tx.execute<
    { responses: number; open_link: number; excluded_open_link: number; excluded: number }[]
  >(
    `select count(*)::int as responses,
            count(*) filter (where not verified)::int as open_link,
            count(*) filter (where not verified and excluded_at is not null)::int
              as excluded_open_link,
            count(*) filter (where excluded_at is not null)::int as excluded
     from surveys.survey_response where round_id = ?`,
    [roundId],
  );
  return {
    responses: row?.responses ?? 0,
    openLinkAnswers: row?.open_link ?? 0,
    excludedOpenLinkAnswers: row?.excluded_open_link ?? 0,
    excludedAnswers: row?.excluded ?? 0,
  };
}

/**
 * Voids a round: none of its answers count in any published figure from now on. An open round
 * also closes, so it stops taking answers and the public pages show it closed; a scheduled one
 * is never opened. CONFLICT when it was voided already.
 */
export async function voidRound(
  em: EntityManager,
  input: { roundId: string; reason: string },
  actor: StaffActor,
  now: Date = new Date(),
): Promise<SurveyRound> {
  return em.transactional(async (tx) => {
    const round = await lockedRound(tx, input.roundId);
    if (round.voidedAt) throw appError('CONFLICT', 'This round has been voided already.');
    const counts = await answerCounts(tx, round.id);
    const before = { status: round.status, voided: false, ...counts };
    round.voidedAt = now;
    if (round.status === 'OPEN') {
      round.status = 'CLOSED';
      round.closedAt = now;
    }
    recordAudit(tx, {
      actor,
      action: 'survey_round.voided',
      subject: { type: AUDIT_SUBJECT, id: round.id },
      reason: input.reason,
      before,
      after: { status: round.status, voided: true, ...counts },
    });
    return round;
  });
}

/**
 * Excludes a round's open-link answers from every figure (`exclude`), or includes them again: on
 * the days given, or all of them when none is. Invitation answers are never touched here: each
 * came from one invited resident. BAD_USER_INPUT when nothing would change, so the audit log
 * holds only actions that did something.
 */
export async function setOpenLinkExclusion(
  em: EntityManager,
  input: { roundId: string; days: readonly string[]; reason: string },
  actor: StaffActor,
  exclude: boolean,
  now: Date = new Date(),
): Promise<{ round: SurveyRound; changed: number }> {
  return em.transactional(async (tx) => {
    const round = await lockedRound(tx, input.roundId);
    const days = [...new Set(input.days)].sort();
    const before = await answerCounts(tx, round.id);
    const changed = await tx.nativeUpdate(
      SurveyResponse,
      {
        roundId: round.id,
        verified: false,
        excludedAt: exclude ? null : { $ne: null },
        ...(days.length > 0 ? { submittedOn: { $in: days } } : {}),
      },
      { excludedAt: exclude ? now : null },
    );
    if (changed === 0) {
      throw appError(
        'BAD_USER_INPUT',
        exclude
          ? 'There are no open-link answers to exclude from those days.'
          : 'There are no excluded open-link answers to include again from those days.',
        { field: 'days' },
      );
    }
    recordAudit(tx, {
      actor,
      action: exclude ? 'survey_answers.excluded' : 'survey_answers.included',
      subject: { type: AUDIT_SUBJECT, id: round.id },
      reason: input.reason,
      before: { ...before, days: days.length > 0 ? days : 'all' },
      after: { ...(await answerCounts(tx, round.id)), changed },
    });
    return { round, changed };
  });
}
