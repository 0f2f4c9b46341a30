import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
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
import {
  DEFAULT_SUPPRESSION_THRESHOLD,
  reachAreaKey,
  reachChildren,
  type ReachArea,
} from '@engage/shared/scoring';
import type { NewslettersContext } from '../../context.ts';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { monthEnds, subscriberLattice, type SubscriberLattice } from './subscriber-reach.ts';

const WHOLE_FORCE = 'Whole force';
/** Ten years of month ends: more is not a trend anyone reads, and each month is a query. */
const MOST_MONTHS = 120;

const DIMENSION_ARG = {
  description: 'The demographic question to break the subscribers down by.',
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
      'Who the newsletters reach in an area (confirmed subscribers), by one demographic ' +
      'question, beside the census. Staff: officers their team, commanders their NPA, ' +
      'reviewers, analysts and admins any area.',
  })
  async subscriberReach(
    @Arg('level', () => AreaLevelEnum, LEVEL_ARG) level: AreaLevel,
    @Arg('areaId', () => ID, AREA_ARG) areaId: string | null,
    @Arg('dimension', () => DemographicDimensionEnum, DIMENSION_ARG)
    dimension: DemographicDimension,
    @Arg('asOf', () => Date, {
      nullable: true,
      description: 'Count the subscribers confirmed at this moment; leave out for now.',
    })
    asOf: Date | null,
    @Ctx() context: NewslettersContext,
  ): Promise<ReachTable> {
    await requireReader(context, level, areaId);
    const at = requireMoment(asOf);
    const lattice = await subscriberLattice(context.em, at, dimension, threshold());
    return tableOf(lattice, at, dimension, findArea(lattice, level, areaId));
  }

  @Query(() => [ReachTable], {
    description:
      'The reach at the end of each of the last months, oldest first (the current month: now).',
  })
  async subscriberReachTrend(
    @Arg('level', () => AreaLevelEnum, LEVEL_ARG) level: AreaLevel,
    @Arg('areaId', () => ID, AREA_ARG) areaId: string | null,
    @Arg('dimension', () => DemographicDimensionEnum, DIMENSION_ARG)
    dimension: DemographicDimension,
    @Arg('months', () => Int, {
      defaultValue: 12,
      description: 'How many months, counting this one (1 to 120).',
    })
    months: number,
    @Ctx() context: NewslettersContext,
  ): Promise<ReachTable[]> {
    await requireReader(context, level, areaId);
    if (!Number.isInteger(months) || months < 1 || months > MOST_MONTHS) {
      throw appError('BAD_USER_INPUT', `Ask for 1 to ${MOST_MONTHS} months.`, { field: 'months' });
    }
    const tables: ReachTable[] = [];
    for (const at of monthEnds(months)) {
      const lattice = await subscriberLattice(context.em, at, dimension, threshold());
      tables.push(tableOf(lattice, at, dimension, findArea(lattice, level, areaId)));
    }
    return tables;
  }

  @Query(() => [ReachTable], {
    description:
      "One reach table for each of an area's parts now (the force's NPAs, an NPA's teams; a " +
      'team: itself), suppressed together so no hidden count follows from the others.',
  })
  async subscriberReachByArea(
    @Arg('level', () => AreaLevelEnum, LEVEL_ARG) level: AreaLevel,
    @Arg('areaId', () => ID, AREA_ARG) areaId: string | null,
    @Arg('dimension', () => DemographicDimensionEnum, DIMENSION_ARG)
    dimension: DemographicDimension,
    @Ctx() context: NewslettersContext,
  ): Promise<ReachTable[]> {
    await requireReader(context, level, areaId);
    const at = new Date();
    const lattice = await subscriberLattice(context.em, at, dimension, threshold());
    return reachChildren(lattice.areas, level, areaId).map((area) =>
      tableOf(lattice, at, dimension, area),
    );
  }
}

/** The product's threshold: newsletters has no setting of its own for it. */
const threshold = () => DEFAULT_SUPPRESSION_THRESHOLD;

async function requireReader(
  { em, actor }: NewslettersContext,
  level: AreaLevel,
  areaId: string | null,
): Promise<void> {
  await requireReachReader(actor, level, areaId, {
    team: async (id) => em.findOne(KnownNeighbourhood, { id }),
    policingAreaExists: async (id) =>
      (await em.count(KnownNeighbourhood, { policingAreaId: id })) > 0,
  });
}

function requireMoment(asOf: Date | null | undefined): Date {
  const now = new Date();
  // An argument left out arrives as undefined, not null (type-graphql): both mean "now".
  if (asOf === null || asOf === undefined) return now;
  if (Number.isNaN(asOf.getTime())) throw appError('BAD_USER_INPUT', 'asOf is not a time.');
  // The future has no subscribers yet; count as of now rather than pretend.
  return asOf > now ? now : asOf;
}

function findArea(lattice: SubscriberLattice, level: AreaLevel, areaId: string | null): ReachArea {
  const area = lattice.areas.find(
    (a) => reachAreaKey(a.level, a.areaId) === reachAreaKey(level, areaId),
  );
  if (!area) throw appError('NOT_FOUND', 'No such area.');
  return area;
}

function tableOf(
  lattice: SubscriberLattice,
  asOf: Date,
  dimension: DemographicDimension,
  area: ReachArea,
): ReachTable {
  return toReachTable(lattice.tables.get(reachAreaKey(area.level, area.areaId))!, {
    sample: 'SUBSCRIBERS',
    areaName: area.areaId ? (lattice.names.get(area.areaId) ?? '') : WHOLE_FORCE,
    dimension,
    asOf,
  });
}
