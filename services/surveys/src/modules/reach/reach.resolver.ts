import { isUUID } from 'class-validator';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { DemographicDimension } from '@engage/shared/demographics';
import {
  AreaLevelEnum,
  DemographicDimensionEnum,
  ReachTable,
  appError,
  requireReachReader,
  toReachTable,
  type AreaLevel,
} from '@engage/shared/graphql';
import { reachAreaKey, reachChildren, type ReachArea } from '@engage/shared/scoring';
import type { SurveysContext } from '../../context.ts';
import { surveySettings } from '../../settings.ts';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { SurveyRound } from '../rounds/survey-round.entity.ts';
import { roundCovers } from '../scoring/index.ts';
import { respondentLattice, type RespondentLattice } from './respondent-reach.ts';

const WHOLE_FORCE = 'Whole force';

const DIMENSION_ARG = {
  description: 'The demographic question to break the respondents down by.',
};
const LEVEL_ARG = { description: 'The kind of area: FORCE, POLICING_AREA or NEIGHBOURHOOD.' };
const AREA_ARG = {
  nullable: true,
  description: 'The NPA or team (by id); leave out for the force.',
};

@Resolver()
export class ReachResolver {
  @Query(() => ReachTable, {
    description:
      'Who answered a "Your Views" round (verified answers) in an area, by one demographic ' +
      'question, beside the census. Staff: officers their team, commanders their NPA, ' +
      'reviewers, analysts and admins any area.',
  })
  async respondentReach(
    @Arg('level', () => AreaLevelEnum, LEVEL_ARG) level: AreaLevel,
    @Arg('areaId', () => ID, AREA_ARG) areaId: string | null,
    @Arg('dimension', () => DemographicDimensionEnum, DIMENSION_ARG)
    dimension: DemographicDimension,
    @Arg('roundId', () => ID, { description: 'The survey round.' }) roundId: string,
    @Ctx() context: SurveysContext,
  ): Promise<ReachTable> {
    const npa = await requireReader(context, level, areaId);
    const round = await requireRound(context, roundId, npa, level);
    const lattice = await respondentLattice(context.em, round, dimension, threshold());
    return tableOf(lattice, round, dimension, findArea(lattice, level, areaId));
  }

  @Query(() => [ReachTable], {
    description:
      "One reach table for each of an area's parts in a round (the force's NPAs, an NPA's " +
      'teams; a team: itself), suppressed together so no hidden count follows from the others.',
  })
  async respondentReachByArea(
    @Arg('level', () => AreaLevelEnum, LEVEL_ARG) level: AreaLevel,
    @Arg('areaId', () => ID, AREA_ARG) areaId: string | null,
    @Arg('dimension', () => DemographicDimensionEnum, DIMENSION_ARG)
    dimension: DemographicDimension,
    @Arg('roundId', () => ID, { description: 'The survey round.' }) roundId: string,
    @Ctx() context: SurveysContext,
  ): Promise<ReachTable[]> {
    const npa = await requireReader(context, level, areaId);
    const round = await requireRound(context, roundId, npa, level);
    const lattice = await respondentLattice(context.em, round, dimension, threshold());
    return reachChildren(lattice.areas, level, areaId).map((area) =>
      tableOf(lattice, round, dimension, area),
    );
  }

  @Query(() => [ReachTable], {
    description:
      'The reach of every open or closed round that asked the area, oldest first: the trend ' +
      'over rounds. A voided round is left out.',
  })
  async respondentReachTrend(
    @Arg('level', () => AreaLevelEnum, LEVEL_ARG) level: AreaLevel,
    @Arg('areaId', () => ID, AREA_ARG) areaId: string | null,
    @Arg('dimension', () => DemographicDimensionEnum, DIMENSION_ARG)
    dimension: DemographicDimension,
    @Ctx() context: SurveysContext,
  ): Promise<ReachTable[]> {
    const npa = await requireReader(context, level, areaId);
    const rounds = await context.em.find(
      SurveyRound,
      { status: { $in: ['OPEN', 'CLOSED'] }, voidedAt: null },
      { orderBy: { closesOn: 'asc', label: 'asc' } },
    );
    const tables: ReachTable[] = [];
    for (const round of rounds.filter((r) => covers(r, npa, level))) {
      const lattice = await respondentLattice(context.em, round, dimension, threshold());
      tables.push(tableOf(lattice, round, dimension, findArea(lattice, level, areaId)));
    }
    return tables;
  }
}

const threshold = () => surveySettings().SUPPRESSION_THRESHOLD;

/** The caller may read the area; returns the area's NPA (null for the force). */
async function requireReader(
  { em, actor }: SurveysContext,
  level: AreaLevel,
  areaId: string | null,
): Promise<string | null> {
  const scope = await requireReachReader(actor, level, areaId, {
    team: async (id) => em.findOne(KnownNeighbourhood, { id }),
    policingAreaExists: async (id) =>
      (await em.count(KnownNeighbourhood, { policingAreaId: id })) > 0,
  });
  if (scope.level === 'FORCE') return null;
  return scope.level === 'POLICING_AREA' ? scope.policingAreaId : scope.team.policingAreaId;
}

/** A force-wide table only from a force-wide round; an area's from a round that asked it. */
function covers(round: SurveyRound, npa: string | null, level: AreaLevel): boolean {
  return level === 'FORCE'
    ? round.policingAreaIds.length === 0
    : roundCovers(round.policingAreaIds, npa);
}

async function requireRound(
  { em }: SurveysContext,
  roundId: string,
  npa: string | null,
  level: AreaLevel,
): Promise<SurveyRound> {
  if (!isUUID(roundId)) throw appError('BAD_USER_INPUT', 'The round id is not valid.');
  const round = await em.findOne(SurveyRound, { id: roundId });
  if (!round) throw appError('NOT_FOUND', 'No such round.');
  if (round.voidedAt) {
    throw appError('CONFLICT', 'This round was voided: its answers count in no figure.');
  }
  if (!covers(round, npa, level)) {
    throw appError('BAD_USER_INPUT', 'That round did not ask this area.', { field: 'roundId' });
  }
  return round;
}

function findArea(lattice: RespondentLattice, level: AreaLevel, areaId: string | null): ReachArea {
  const area = lattice.areas.find(
    (a) => reachAreaKey(a.level, a.areaId) === reachAreaKey(level, areaId),
  );
  if (!area) throw appError('NOT_FOUND', 'No such area.');
  return area;
}

function tableOf(
  lattice: RespondentLattice,
  round: SurveyRound,
  dimension: DemographicDimension,
  area: ReachArea,
): ReachTable {
  return toReachTable(lattice.tables.get(reachAreaKey(area.level, area.areaId))!, {
    sample: 'RESPONDENTS',
    areaName: area.areaId ? (lattice.names.get(area.areaId) ?? '') : WHOLE_FORCE,
    dimension,
    roundId: round.id,
    roundLabel: round.label,
  });
}
