import { appError } from '@engage/shared/graphql';
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { EngagementContext } from '../../context.ts';
import { mayReadAreaRecords, mayReadForceRecords, mayReadTeamRecords } from '@engage/shared/auth';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { PolicingArea } from '../geography/policing-area.entity.ts';
import { describePeriod, judgeAreas, rollup } from './compliance.service.ts';
import { AreaCompliance, ForceCompliance, TeamCompliance } from './compliance.types.ts';
import { PeriodInput, resolvePeriod } from './period.ts';

const PERIOD_ARG = { nullable: true, description: 'Defaults to the current month.' };

function requireStaff({ actor }: EngagementContext) {
  if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to see compliance.');
  return actor;
}

@Resolver(() => Neighbourhood)
export class TeamComplianceResolver {
  @FieldResolver(() => TeamCompliance, {
    description:
      'The team against the seven standards: its officers, its commander, analysts, admins.',
  })
  async compliance(
    @Root() team: Neighbourhood,
    @Arg('period', () => PeriodInput, PERIOD_ARG) input: PeriodInput | undefined,
    @Ctx() context: EngagementContext,
  ): Promise<TeamCompliance> {
    const actor = requireStaff(context);
    if (!mayReadTeamRecords(actor, { id: team.id, policingAreaId: team.policingArea.id })) {
      throw appError('FORBIDDEN', 'You can see compliance for your own team or area only.');
    }
    const period = resolvePeriod(input);
    const area = await context.loaders.policingAreaById.load(team.policingArea.id);
    const [judged] = await judgeAreas(context.em, [area!], period);
    return judged!.teams.find((t) => t.neighbourhood.id === team.id)!;
  }
}

@Resolver(() => PolicingArea)
export class AreaComplianceResolver {
  @FieldResolver(() => AreaCompliance, { description: 'Every team of the NPA, and the totals.' })
  async compliance(
    @Root() area: PolicingArea,
    @Arg('period', () => PeriodInput, PERIOD_ARG) input: PeriodInput | undefined,
    @Ctx() context: EngagementContext,
  ): Promise<AreaCompliance> {
    const actor = requireStaff(context);
    if (!mayReadAreaRecords(actor, area.id))
      throw appError('FORBIDDEN', 'You can see compliance for your own NPA only.');
    const [judged] = await judgeAreas(context.em, [area], resolvePeriod(input));
    return judged!;
  }
}

@Resolver()
export class ForceComplianceResolver {
  @Query(() => ForceCompliance, {
    description: 'Every NPA and team of the force: admins and analysts.',
  })
  async forceCompliance(
    @Arg('period', () => PeriodInput, PERIOD_ARG) input: PeriodInput | undefined,
    @Ctx() context: EngagementContext,
  ): Promise<ForceCompliance> {
    const actor = requireStaff(context);
    if (!mayReadForceRecords(actor)) {
      throw appError('FORBIDDEN', 'The force view is for administrators and analysts.');
    }
    const period = resolvePeriod(input);
    const areas = await context.em.find(PolicingArea, {}, { orderBy: { name: 'asc' } });
    const judged = await judgeAreas(context.em, areas, period);
    return {
      period: describePeriod(period),
      areas: judged,
      rollup: rollup(judged.flatMap((area) => area.teams)),
    };
  }
}
