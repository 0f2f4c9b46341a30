import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  InvalidTokenError,
  storedClientKey,
  verifySurveyInvitation,
  type SurveyInvitation,
} from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import { surveySettings } from '../../settings.ts';
import { SurveyRound } from '../rounds/survey-round.entity.ts';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { ukDay } from '@engage/shared/uk-time';
import type { StandardCode } from '../questions/standard-questions.ts';
import type { AnswerInput, SubmitSurveyInput } from './answering.input.ts';
import { consumeLimit } from './rate-limit.ts';
import { roundQuestions } from './round-questions.ts';
import { LocalAnswer, SurveyResponse } from './survey-response.entity.ts';
import { UsedInvitation } from './used-invitation.entity.ts';

/**
 * INVALID_LINK for anything not signed by newsletters for a round we know, or past its expiry:
 * the end of the round's last UK day (`endOfUkDay`), the moment the round stops taking answers.
 */
export async function verifiedInvitation(
  token: string,
  now: Date = new Date(),
): Promise<SurveyInvitation> {
  try {
    return await verifySurveyInvitation(token, surveySettings().INVITATION_SIGNING_SECRET, now);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw appError('INVALID_LINK', error.message);
    throw error;
  }
}

export interface Submitted {
  round: SurveyRound;
  neighbourhoodId: string | null;
  verified: boolean;
}

/**
 * Stores one response. With a token: the token fixes round and neighbourhood, and the used-
 * invitation row (keyed by the invitation id) is inserted in the same transaction as the
 * response, so of two submissions with one token, even at the same instant, exactly one commits;
 * the other breaks the key and gets ALREADY_ANSWERED with nothing stored. Without a token (the
 * open link): unverified, rate-limited per client: the caller's key as the edge derived it
 * (ctx.client), never anything the caller sends.
 */
export async function submitResponse(
  em: EntityManager,
  input: SubmitSurveyInput,
  client: string,
  now: Date = new Date(),
): Promise<Submitted> {
  const invitation = input.token ? await verifiedInvitation(input.token, now) : null;
  if (invitation && input.roundId && input.roundId !== invitation.roundId) {
    throw appError('INVALID_LINK', 'This invitation is for a different survey round.');
  }
  const roundId = invitation?.roundId ?? input.roundId;
  if (!roundId) {
    throw appError('BAD_USER_INPUT', 'Give an invitation token or the round id.', {
      field: 'roundId',
    });
  }
  const round = await em.findOne(SurveyRound, { id: roundId });
  if (!round) {
    if (invitation) throw appError('INVALID_LINK', 'The invitation link is not valid.');
    throw appError('NOT_FOUND', 'There is no such survey round.');
  }
  const today = ukDay(now);
  if (round.voidedAt) {
    throw appError(
      'ROUND_CLOSED',
      'This survey has been withdrawn. Thank you for wanting to help.',
    );
  }
  if (round.status !== 'OPEN' || today > round.closesOn) {
    throw appError(
      'ROUND_CLOSED',
      round.status === 'SCHEDULED'
        ? 'This survey is not open yet.'
        : 'This survey has closed. Thank you for wanting to take part.',
    );
  }
  if (!invitation) {
    await consumeLimit(em, 'openLinkAnswer', storedClientKey(client));
  }
  const neighbourhoodId = invitation?.neighbourhoodId ?? input.neighbourhoodId ?? null;
  const team = neighbourhoodId
    ? await em.findOne(KnownNeighbourhood, { id: neighbourhoodId })
    : null;
  if (!invitation && neighbourhoodId && !team) {
    throw appError('BAD_USER_INPUT', 'There is no such neighbourhood.', {
      field: 'neighbourhoodId',
    });
  }
  if (!invitation && team && round.policingAreaIds.length > 0) {
    if (!round.policingAreaIds.includes(team.policingAreaId)) {
      throw appError('BAD_USER_INPUT', 'This survey round is not running in that area.', {
        field: 'neighbourhoodId',
      });
    }
  }
  const questions = await roundQuestions(em, round, team?.policingAreaId ?? null);
  checkAnswers(
    input.answers,
    questions.map((question) => question.id),
  );

  const responseId = randomUUID();
  try {
    await em.transactional(async (tx) => {
      if (invitation) {
        // Flushed first: a second use fails here, before the response is written.
        tx.create(UsedInvitation, {
          invitationId: invitation.invitationId,
          roundId: round.id,
          // Invitations no longer name the subscriber (the column stays for older rows).
          subscriberId: null,
        });
        await tx.flush();
      }
      const byQuestion = new Map(input.answers.map((answer) => [answer.questionId, answer.choice]));
      const standard = (code: StandardCode) =>
        byQuestion.get(
          questions.find((question) => question.code === code && question.standard)!.id,
        )!;
      tx.create(SurveyResponse, {
        id: responseId,
        roundId: round.id,
        neighbourhoodId,
        policingAreaId: team?.policingAreaId ?? null,
        verified: invitation !== null,
        submittedOn: today,
        language: input.language,
        ageBand: input.demographics?.ageBand ?? null,
        ethnicGroup: input.demographics?.ethnicGroup ?? null,
        disability: input.demographics?.disability ?? null,
        gender: input.demographics?.gender ?? null,
        q1: standard('Q1'),
        q2: standard('Q2'),
        q3: standard('Q3'),
        q4: standard('Q4'),
        q5: standard('Q5'),
      });
      for (const question of questions.filter((q) => !q.standard)) {
        tx.create(LocalAnswer, {
          responseId,
          questionId: question.id,
          choice: byQuestion.get(question.id)!,
        });
      }
    });
  } catch (error) {
    if (invitation && error instanceof UniqueConstraintViolationException) {
      throw appError('ALREADY_ANSWERED', 'This invitation has already been used to answer.');
    }
    throw error;
  }
  return { round, neighbourhoodId, verified: invitation !== null };
}

/** Every question asked, exactly once, and nothing else. */
function checkAnswers(answers: readonly AnswerInput[], questionIds: readonly string[]): void {
  const asked = new Set(questionIds);
  const seen = new Set<string>();
  for (const answer of answers) {
    if (!asked.has(answer.questionId)) {
      throw appError('BAD_USER_INPUT', 'An answer is for a question this survey does not ask.', {
        field: 'answers',
        questionId: answer.questionId,
      });
    }
    if (seen.has(answer.questionId)) {
      throw appError('BAD_USER_INPUT', 'A question was answered more than once.', {
        field: 'answers',
        questionId: answer.questionId,
      });
    }
    seen.add(answer.questionId);
  }
  const missing = questionIds.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    throw appError('BAD_USER_INPUT', 'Please answer every question (“Don’t know” is fine).', {
      field: 'answers',
      missing,
    });
  }
}
