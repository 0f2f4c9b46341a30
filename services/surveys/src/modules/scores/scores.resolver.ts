import { isUUID } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ukDay } from '@engage/shared/uk-time';
import { SurveyRound } from '../rounds/survey-round.entity.ts';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { mayReadForceRecords, type Actor } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import type { SurveysContext } from '../../context.ts';
import { surveySettings } from '../../settings.ts';
import { roundCovers, type Sample } from '../scoring/index.ts';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { confidenceCells, type CellResult } from './confidence-cells.ts';
import type { AreaLevel, Breakdown } from './score-counts.ts';
import { headlineKey } from '../confidence/confidence.loaders.ts';
import type { AreaHeadline } from './confidence-headline.ts';
import {
  AreaLevelEnum,
  ConfidenceHeadline,
  BreakdownEnum,
  ConfidenceCell,
  ScoreSampleEnum,
  TrendPoint,
  type QuestionScore,
} from './scores.types.ts';

@Resolver()
export class ScoresResolver {
  @Query(() => [ConfidenceCell], {
    description:
      'Confidence by round × area × group, suppressed below the threshold and wherever a hidden ' +
      'figure could be worked out by subtraction. ANALYST and ADMIN: anything; COMMANDER: their ' +
      'NPA and its teams; OFFICER: their team.',
  })
  async confidenceScores(
    @Arg('level', () => AreaLevelEnum, {
      description: 'The level of the cells: the force, each NPA, or each team.',
    })
    level: AreaLevel,
    @Arg('groupBy', () => BreakdownEnum, {
      description:
        'A breakdown within each area, by a demographic or by answer language (staff only), or NONE.',
      defaultValue: 'NONE',
    })
    groupBy: Breakdown,
    @Arg('roundIds', () => [ID], {
      description: 'Only these rounds; null or left out for every closed or open round.',
      nullable: true,
    })
    roundIds: string[] | null,
    @Arg('areaIds', () => [ID], {
      description: 'Only these NPAs or teams (ids at the chosen level); null or left out for all.',
      nullable: true,
    })
    areaIds: string[] | null,
    @Arg('sample', () => ScoreSampleEnum, {
      description:
        'Which answers count: invitation answers (VERIFIED, the default), open-link answers, or both.',
      defaultValue: 'VERIFIED',
    })
    sample: Sample,
    @Arg('since', () => GraphQLDateTimeISO, {
      nullable: true,
      description:
        'Only rounds whose figures could have changed at or after this: those closing on or ' +
        'after its UK day (a round’s answers arrive until it closes).',
    })
    since: Date | null,
    @Ctx() context: SurveysContext,
  ): Promise<ConfidenceCell[]> {
    requireIds([...(roundIds ?? []), ...(areaIds ?? [])]);
    const allowedAreas = await areasFor(context, level, groupBy, areaIds);
    const rounds = since ? await roundsClosingFrom(context, since, roundIds) : roundIds;
    if (rounds?.length === 0) return [];
    const cells = await confidenceCells(
      context.em,
      { level, groupBy, roundIds: rounds, areaIds: allowedAreas, sample },
      surveySettings().SUPPRESSION_THRESHOLD,
    );
    return Promise.all(cells.map((cell) => toCell(context, cell, level, groupBy, sample)));
  }

  @Query(() => ConfidenceHeadline, {
    nullable: true,
    description:
      "An area's headline confidence (public): the force's from force-wide rounds only, an " +
      "NPA's or a team's from force-wide rounds and its NPA's own; when the latest such round's " +
      'figure is suppressed, the last earlier one with a figure to show beside it. Null before ' +
      'the first such round closes.',
  })
  async confidenceHeadline(
    @Arg('level', () => AreaLevelEnum, { description: 'The force, an NPA or a team.' })
    level: AreaLevel,
    @Arg('areaId', () => ID, {
      description: 'The NPA’s or team’s id; null or left out for the force.',
      nullable: true,
    })
    areaId: string | null,
    @Ctx() { loaders }: SurveysContext,
  ): Promise<AreaHeadline | null> {
    if (level !== 'FORCE' && !areaId) {
      throw appError('BAD_USER_INPUT', 'Say which area the headline is for.', { field: 'areaId' });
    }
    if (areaId) requireIds([areaId]);
    return loaders.confidenceHeadline.load(headlineKey(level, level === 'FORCE' ? null : areaId));
  }

  @Query(() => [TrendPoint], {
    description:
      'Overall confidence for every CLOSED round that asked the area, oldest first, back to 2019 ' +
      "(public; no groups): force-wide rounds for the force, force-wide and the NPA's own for an " +
      'NPA or a team; from verified answers unless another sample is asked for.',
  })
  async confidenceTrend(
    @Arg('level', () => AreaLevelEnum, { description: 'The force, an NPA or a team.' })
    level: AreaLevel,
    @Arg('areaId', () => ID, {
      description: 'The NPA’s or team’s id; null or left out for the force.',
      nullable: true,
    })
    areaId: string | null,
    @Arg('sample', () => ScoreSampleEnum, {
      description:
        'Which answers count: invitation answers (the default), open-link answers, or both.',
      defaultValue: 'VERIFIED',
    })
    sample: Sample,
    @Ctx() { em, loaders }: SurveysContext,
  ): Promise<TrendPoint[]> {
    if (level !== 'FORCE' && !areaId) {
      throw appError('BAD_USER_INPUT', 'Say which area the trend is for.', { field: 'areaId' });
    }
    if (areaId) requireIds([areaId]);
    const cells = await confidenceCells(
      em,
      {
        level,
        groupBy: 'NONE',
        roundIds: null,
        areaIds: level === 'FORCE' ? null : [areaId!],
        sample,
      },
      surveySettings().SUPPRESSION_THRESHOLD,
    );
    // Like with like: the rounds that asked this area's residents, not another NPA's round that
    // happens to sum into the force's or an NPA's totals.
    const npa =
      level === 'FORCE'
        ? null
        : level === 'POLICING_AREA'
          ? areaId
          : ((await loaders.team.load(areaId!))?.policingAreaId ?? null);
    const closed = cells.filter(
      (cell) =>
        cell.round.status === 'CLOSED' &&
        roundCovers(cell.round.policingAreaIds, npa) &&
        (level === 'FORCE' || npa !== null),
    );
    return closed.map((cell) => ({
      round: cell.round,
      confidence: cell.confidence,
      national:
        cell.round.nationalComparison === null ? null : Number(cell.round.nationalComparison),
    }));
  }
}

/** The rounds (of those asked for, if any) closing on or after the UK day of `since`. */
async function roundsClosingFrom(
  { em }: SurveysContext,
  since: Date,
  asked: string[] | null,
): Promise<string[]> {
  const rounds = await em.find(
    SurveyRound,
    { closesOn: { $gte: ukDay(since) }, ...(asked ? { id: { $in: asked } } : {}) },
    { fields: ['id'] },
  );
  return rounds.map((round) => round.id);
}

function requireIds(ids: string[]): void {
  if (!ids.every((id) => isUUID(id))) throw appError('BAD_USER_INPUT', 'An id given is not valid.');
}

async function toCell(
  { loaders }: SurveysContext,
  cell: CellResult,
  level: AreaLevel,
  groupBy: Breakdown,
  sample: Sample,
): Promise<ConfidenceCell> {
  const questions = await loaders.standardQuestions.load(cell.round.questionSetVersion);
  const team =
    level === 'NEIGHBOURHOOD' && cell.areaId ? await loaders.team.load(cell.areaId) : null;
  const policingAreaId = level === 'POLICING_AREA' ? cell.areaId : (team?.policingAreaId ?? null);
  return {
    round: cell.round,
    level,
    policingAreaId,
    policingAreaName: policingAreaId ? await loaders.policingAreaName.load(policingAreaId) : null,
    neighbourhoodId: level === 'NEIGHBOURHOOD' ? cell.areaId : null,
    neighbourhoodName: team?.name ?? null,
    groupBy,
    group: cell.group,
    confidence: cell.confidence,
    questions: cell.questions.flatMap(({ code, figure }): QuestionScore[] => {
      const question = questions.find((q) => q.code === code);
      return question ? [{ question, figure }] : [];
    }),
    change: cell.change,
    sample,
    openLink: cell.openLink,
  };
}

/**
 * The areas an actor may see at a level, narrowed to those asked for; FORBIDDEN for anything
 * else. Null means every area (analysts and admins asking for all).
 */
async function areasFor(
  { em, actor }: SurveysContext,
  level: AreaLevel,
  groupBy: Breakdown,
  asked: string[] | null,
): Promise<string[] | null> {
  // The portal itself, for the public results pages: an area's own figures with no breakdown
  // are public (the trend shows them); cuts by group stay with staff.
  if (actor.kind === 'service' && actor.service === 'portal' && groupBy === 'NONE') return asked;
  const refuse = () =>
    appError('FORBIDDEN', 'You can see the scores of your own area or team only.');
  if (actor.kind !== 'staff')
    throw appError('FORBIDDEN', 'Sign in as staff to see scores by group.');
  if (mayReadForceRecords(actor)) return asked;
  const own = await ownAreas(em, actor, level);
  if (!own) throw refuse();
  if (!asked) return own;
  if (!asked.every((id) => own.includes(id))) throw refuse();
  return asked;
}

async function ownAreas(
  em: SurveysContext['em'],
  actor: Extract<Actor, { kind: 'staff' }>,
  level: AreaLevel,
): Promise<string[] | null> {
  if (actor.role === 'OFFICER') return level === 'NEIGHBOURHOOD' ? [actor.neighbourhoodId] : null;
  if (actor.role !== 'COMMANDER' || level === 'FORCE') return null;
  if (level === 'POLICING_AREA') return [actor.policingAreaId];
  const teams = await em.find(KnownNeighbourhood, { policingAreaId: actor.policingAreaId });
  return teams.map((team) => team.id);
}
