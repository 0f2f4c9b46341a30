import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { PolicingArea } from '../geography/policing-area.entity.ts';
import { graphqlEnum } from '@engage/shared/graphql';
import { PeriodKindEnum, type PeriodKind } from './period.ts';
import { STANDARDS, STATUSES, type Standard, type Status } from './standards.ts';

export const StandardEnum = graphqlEnum(
  'Standard',
  STANDARDS,
  'The seven community engagement standards.',
  {
    WARD_MEETING: 'At least one ward or parish meeting a year.',
    PATCH_WALKS: 'At least two patch walks a year with a partner agency.',
    QUARTERLY_PRIORITIES: 'At least one priority published for every quarter.',
    QUARTERLY_SURVEY: 'A “Your Views” survey round in every quarter.',
    MONTHLY_NEWSLETTER: 'Publish a newsletter every month.',
    WEEKLY_COMMANDER_UPDATE: 'The NPA commander posts an update every week.',
    DAILY_SOCIAL_MEDIA: 'Post on social media every day.',
  },
);
export const ComplianceStatusEnum = graphqlEnum(
  'ComplianceStatus',
  STATUSES,
  'MET; DUE (can still be met, by dueBy); MISSED; NOT_APPLICABLE (the team did not exist yet).',
  {
    MET: 'Done as often as the standard asks in the period.',
    DUE: 'Not met yet, but there is still time in the period.',
    MISSED: 'Not met, and the period has ended (or no longer leaves time).',
    NOT_APPLICABLE: 'Does not apply to the team in this period (it started too recently).',
  },
);

@ObjectType({
  description: 'The stretch of time a compliance figure covers, and the day it was worked out to.',
})
export class CompliancePeriod {
  @Field(() => PeriodKindEnum, { description: 'A calendar month, a quarter, or the year so far.' })
  kind!: PeriodKind;

  @Field({ description: 'e.g. "2026-11", "2026 Q4", "2026 to date".' })
  label!: string;

  @Field(() => GraphQLLocalDate, { description: 'The first day of the period (UK date).' })
  startsOn!: string;

  @Field(() => GraphQLLocalDate, {
    description: 'The last day of the period (UK date), even when it has not ended yet.',
  })
  endsOn!: string;

  @Field(() => GraphQLLocalDate, { description: 'The last day judged: the end, or today.' })
  asOf!: string;
}

@ObjectType({ description: 'A dated fact that counts towards a standard.' })
export class ComplianceEvidence {
  @Field(() => GraphQLLocalDate, { description: 'The day the evidence is from (UK date).' })
  date!: string;

  @Field({
    description: 'What happened, in a few words (a meeting’s place, a newsletter’s title…).',
  })
  description!: string;
}

@ObjectType({ description: 'How one team stands against one standard in a period.' })
export class StandardCompliance {
  @Field(() => StandardEnum, { description: 'Which engagement standard this is.' })
  standard!: Standard;

  @Field(() => ComplianceStatusEnum, {
    description:
      'Met, due (still time to meet it), missed, or not applicable to this team in this period.',
  })
  status!: Status;

  @Field(() => GraphQLLocalDate, {
    description:
      'The last day the standard can still be met in this period; null once met, missed or not applicable.',
    nullable: true,
  })
  dueBy!: string | null;

  @Field(() => Int, {
    description: 'In the standard’s unit: meetings, walks, quarters, months, weeks or days.',
  })
  required!: number;

  @Field(() => Int, {
    description: 'How many times the team did it in the period (compare with required).',
  })
  achieved!: number;

  @Field(() => [ComplianceEvidence], { description: 'The newest 50 facts behind the status.' })
  evidence!: ComplianceEvidence[];

  @Field(() => Int, {
    description: 'How many records count as evidence (the evidence list may show fewer).',
  })
  evidenceCount!: number;
}

@ObjectType({ description: 'One team against the seven engagement standards, for one period.' })
export class TeamCompliance {
  @Field(() => Neighbourhood, { description: 'The team.' })
  neighbourhood!: Neighbourhood;

  @Field(() => CompliancePeriod, { description: 'The period these figures cover.' })
  period!: CompliancePeriod;

  @Field(() => [StandardCompliance], {
    description: 'One entry per engagement standard, in the standards’ order.',
  })
  standards!: StandardCompliance[];
}

@ObjectType({ description: 'How many teams met, are due on, or missed one standard.' })
export class StandardRollup {
  @Field(() => StandardEnum, { description: 'Which engagement standard this is.' })
  standard!: Standard;

  @Field(() => Int, { description: 'Number of teams that met it in the period.' })
  met!: number;

  @Field(() => Int, {
    description: 'Number of teams that have not met it yet but still have time.',
  })
  due!: number;

  @Field(() => Int, { description: 'Number of teams that missed it.' })
  missed!: number;

  @Field(() => Int, {
    description: 'Number of teams it did not apply to (a team too new for the period).',
  })
  notApplicable!: number;
}

@ObjectType({
  description:
    'Every team of one NPA against the engagement standards, for one period: commanders of that NPA, analysts and admins.',
})
export class AreaCompliance {
  @Field(() => PolicingArea, { description: 'The NPA.' })
  policingArea!: PolicingArea;

  @Field(() => CompliancePeriod, { description: 'The period these figures cover.' })
  period!: CompliancePeriod;

  @Field(() => [TeamCompliance], { description: 'Each team of the NPA, by name.' })
  teams!: TeamCompliance[];

  @Field(() => [StandardRollup], {
    description:
      'Per standard, how many of the NPA’s teams met, are due, missed, or were not applicable.',
  })
  rollup!: StandardRollup[];
}

@ObjectType({
  description:
    'The whole force against the engagement standards, NPA by NPA, for one period: analysts and admins only.',
})
export class ForceCompliance {
  @Field(() => CompliancePeriod, { description: 'The period these figures cover.' })
  period!: CompliancePeriod;

  @Field(() => [AreaCompliance], { description: 'Each NPA, with its teams and its rollup.' })
  areas!: AreaCompliance[];

  @Field(() => [StandardRollup], {
    description: 'Per standard, counts of teams across the whole force.',
  })
  rollup!: StandardRollup[];
}
