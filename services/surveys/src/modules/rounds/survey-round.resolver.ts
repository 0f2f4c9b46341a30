import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { isUUID } from 'class-validator';
import { Arg, Ctx, Float, ID, Mutation, Query, Resolver } from 'type-graphql';
import { isStaff } from '@engage/shared/auth';
import { appError, textProblem } from '@engage/shared/graphql';
import type { SurveysContext } from '../../context.ts';
import { requireAdmin, requireAreaManager } from '../authorization.ts';
import { QuestionSet } from '../questions/question-set.entity.ts';
import { SurveyQuestion } from '../questions/survey-question.entity.ts';
import { CreateSurveyRoundInput } from './round.input.ts';
import { closeRound, openRound } from './round-lifecycle.ts';
import { SurveyRound } from './survey-round.entity.ts';
import { ukToday } from '@engage/shared/uk-time';

@Resolver(() => SurveyRound)
export class SurveyRoundResolver {
  @Query(() => [SurveyRound], {
    description:
      'Newest first. The public sees rounds that have opened; staff also SCHEDULED ones and ' +
      'those that closed without opening.',
  })
  async surveyRounds(@Ctx() { em, actor }: SurveysContext): Promise<SurveyRound[]> {
    const filter = isStaff(actor)
      ? {}
      : { status: { $ne: 'SCHEDULED' as const }, openedAt: { $ne: null } };
    return em.find(SurveyRound, filter, {
      orderBy: { opensOn: 'desc', label: 'asc' },
    });
  }

  @Query(() => SurveyRound, {
    description: 'One “Your Views” round by id; null when there is none. Public.',
    nullable: true,
  })
  async surveyRound(
    @Arg('id', () => ID, { description: 'The round’s id.' }) id: string,
    @Ctx() { em, actor }: SurveysContext,
  ): Promise<SurveyRound | null> {
    if (!isUUID(id)) return null;
    const round = await em.findOne(SurveyRound, { id });
    if (round && (round.status === 'SCHEDULED' || !round.openedAt) && !isStaff(actor)) return null;
    return round;
  }

  @Mutation(() => SurveyRound, { description: 'A new round, SCHEDULED (ADMIN).' })
  async createSurveyRound(
    @Arg('input', { description: 'The round’s dates and areas.' }) input: CreateSurveyRoundInput,
    @Ctx() { em, actor }: SurveysContext,
  ): Promise<SurveyRound> {
    requireAdmin(actor, 'create a survey round');
    if (input.closesOn <= input.opensOn) {
      throw appError('BAD_USER_INPUT', 'The closing date must be after the opening date.', {
        field: 'closesOn',
      });
    }
    const [questionSet] = await em.find(
      QuestionSet,
      {},
      { orderBy: { version: 'desc' }, limit: 1 },
    );
    const round = em.create(SurveyRound, {
      id: randomUUID(),
      label: input.label.trim(),
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      status: 'SCHEDULED',
      questionSetVersion: questionSet?.version ?? 1,
      policingAreaIds: [...new Set(input.policingAreaIds)],
      createdAt: new Date(),
    });
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw appError('CONFLICT', `There is already a round called “${round.label}”.`);
      }
      throw error;
    }
    return round;
  }

  @Mutation(() => SurveyRound, {
    description:
      'A question for one NPA in one round: ADMIN, or that NPA’s COMMANDER; only while SCHEDULED.',
  })
  async addLocalQuestion(
    @Arg('roundId', () => ID, { description: 'The scheduled round.' }) roundId: string,
    @Arg('policingAreaId', () => ID, {
      description: 'The NPA asking it: the commander’s own (an admin may choose any).',
    })
    policingAreaId: string,
    @Arg('text', { description: 'The question in English.' }) text: string,
    @Arg('textCy', () => String, {
      description: 'The question in Welsh; null or left out to use the English.',
      nullable: true,
    })
    textCy: string | null,
    @Ctx() { em, actor }: SurveysContext,
  ): Promise<SurveyRound> {
    requireAreaManager(actor, policingAreaId, 'add a local question');
    const round = await findRound(em, roundId);
    if (round.status !== 'SCHEDULED') {
      throw appError('CONFLICT', 'Local questions can only be added before the round opens.');
    }
    for (const [field, value] of [
      ['text', text],
      ['textCy', textCy],
    ] as const) {
      // The same rule as PlainText on input types (code points; no direction or control codes).
      const problem = value == null ? null : textProblem(value.trim(), { min: 5, max: 300 });
      if (problem) {
        throw appError(
          'BAD_USER_INPUT',
          problem === 'too-long' || problem === 'too-short'
            ? 'A question is 5 to 300 characters.'
            : 'A question cannot contain control or text-direction characters.',
          { field },
        );
      }
    }
    const existing = await em.count(SurveyQuestion, { roundId, policingAreaId, standard: false });
    em.create(SurveyQuestion, {
      id: randomUUID(),
      code: `L${existing + 1}`,
      standard: false,
      questionSetVersion: null,
      roundId,
      policingAreaId,
      // Welsh when given; every other language shows the English, marked as such.
      texts: { EN: text.trim(), ...(textCy?.trim() ? { CY: textCy.trim() } : {}) },
    });
    await em.flush();
    return round;
  }

  @Mutation(() => SurveyRound, {
    description: 'SCHEDULED → OPEN now (ADMIN); announces `survey.round.opened` exactly once.',
  })
  async openSurveyRound(
    @Arg('id', () => ID, { description: 'The scheduled round to open now.' }) id: string,
    @Ctx() { em, actor }: SurveysContext,
  ): Promise<SurveyRound> {
    requireAdmin(actor, 'open a survey round');
    const round = await findRound(em, id);
    if (round.voidedAt) throw appError('CONFLICT', 'This round has been voided.');
    if (round.closesOn < ukToday()) {
      throw appError('BAD_USER_INPUT', 'This round’s closing date has passed.', {
        field: 'closesOn',
      });
    }
    const opened = await openRound(em, id);
    if (!opened) throw appError('CONFLICT', `This round is already ${round.status.toLowerCase()}.`);
    return opened;
  }

  @Mutation(() => SurveyRound, { description: 'OPEN → CLOSED now (ADMIN).' })
  async closeSurveyRound(
    @Arg('id', () => ID, { description: 'The open round to close now.' }) id: string,
    @Ctx() { em, actor }: SurveysContext,
  ): Promise<SurveyRound> {
    requireAdmin(actor, 'close a survey round');
    const round = await findRound(em, id);
    const closed = await closeRound(em, id);
    if (!closed)
      throw appError('CONFLICT', `This round is ${round.status.toLowerCase()}, not open.`);
    return closed;
  }

  @Mutation(() => SurveyRound, {
    description: 'The national (CSEW) confidence figure for a round’s period, 0–100 (ADMIN).',
  })
  async setNationalComparison(
    @Arg('roundId', () => ID, { description: 'The round.' }) roundId: string,
    @Arg('value', () => Float, {
      description: 'The national figure to compare with, a percentage from 0 to 100.',
    })
    value: number,
    @Ctx() { em, actor }: SurveysContext,
  ): Promise<SurveyRound> {
    requireAdmin(actor, 'set the national comparison');
    if (!(value >= 0 && value <= 100)) {
      throw appError('BAD_USER_INPUT', 'The national figure is a percentage, 0 to 100.', {
        field: 'value',
      });
    }
    const round = await findRound(em, roundId);
    round.nationalComparison = Math.round(value * 10) / 10;
    await em.flush();
    return round;
  }
}

async function findRound(em: SurveysContext['em'], id: string): Promise<SurveyRound> {
  const round = isUUID(id) ? await em.findOne(SurveyRound, { id }) : null;
  if (!round) throw appError('NOT_FOUND', 'There is no such survey round.');
  return round;
}
