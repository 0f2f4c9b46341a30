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
);
export const ComplianceStatusEnum = graphqlEnum(
  'ComplianceStatus',
  STATUSES,
  'MET; DUE (can still be met, by dueBy); MISSED; NOT_APPLICABLE (the team did not exist yet).',
);

@ObjectType()
export class CompliancePeriod {
  @Field(() => PeriodKindEnum)
  kind!: PeriodKind;

  @Field({ description: 'e.g. "2026-11", "2026 Q4", "2026 to date".' })
  label!: string;

  @Field(() => GraphQLLocalDate)
  startsOn!: string;

  @Field(() => GraphQLLocalDate)
  endsOn!: string;

  @Field(() => GraphQLLocalDate, { description: 'The last day judged: the end, or today.' })
  asOf!: string;
}

@ObjectType({ description: 'A dated fact that counts towards a standard.' })
export class ComplianceEvidence {
  @Field(() => GraphQLLocalDate)
  date!: string;

  @Field()
  description!: string;
}

@ObjectType({ description: 'How one team stands against one standard in a period.' })
export class StandardCompliance {
  @Field(() => StandardEnum)
  standard!: Standard;

  @Field(() => ComplianceStatusEnum)
  status!: Status;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dueBy!: string | null;

  @Field(() => Int, {
    description: 'In the standard’s unit: meetings, walks, quarters, months, weeks or days.',
  })
  required!: number;

  @Field(() => Int)
  achieved!: number;

  @Field(() => [ComplianceEvidence], { description: 'The newest 50 facts behind the status.' })
  evidence!: ComplianceEvidence[];

  @Field(() => Int)
  evidenceCount!: number;
}

@ObjectType()
export class TeamCompliance {
  @Field(() => Neighbourhood)
  neighbourhood!: Neighbourhood;

  @Field(() => CompliancePeriod)
  period!: CompliancePeriod;

  @Field(() => [StandardCompliance])
  standards!: StandardCompliance[];
}

@ObjectType({ description: 'How many teams met, are due on, or missed one standard.' })
export class StandardRollup {
  @Field(() => StandardEnum)
  standard!: Standard;

  @Field(() => Int)
  met!: number;

  @Field(() => Int)
  due!: number;

  @Field(() => Int)
  missed!: number;

  @Field(() => Int)
  notApplicable!: number;
}

@ObjectType()
export class AreaCompliance {
  @Field(() => PolicingArea)
  policingArea!: PolicingArea;

  @Field(() => CompliancePeriod)
  period!: CompliancePeriod;

  @Field(() => [TeamCompliance])
  teams!: TeamCompliance[];

  @Field(() => [StandardRollup])
  rollup!: StandardRollup[];
}

@ObjectType()
export class ForceCompliance {
  @Field(() => CompliancePeriod)
  period!: CompliancePeriod;

  @Field(() => [AreaCompliance])
  areas!: AreaCompliance[];

  @Field(() => [StandardRollup])
  rollup!: StandardRollup[];
}
