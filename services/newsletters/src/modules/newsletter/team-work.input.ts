import { ArrayMaxSize, Max, Min, ValidateNested } from 'class-validator';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { graphqlEnum, PlainText } from '@engage/shared/graphql';
import {
  TEAM_PRIORITY_STATUSES,
  type TeamEvent,
  type TeamPriority,
  type TeamPriorityStatus,
  type TeamWork,
} from './featured-work.ts';

/** The same enum, name and values as engagement's `Priority.status` (composed as one). */
const PriorityStatusEnum = graphqlEnum('PriorityStatus', TEAM_PRIORITY_STATUSES);

@InputType({ description: '“We did”: one dated action on a priority.' })
export class TeamPriorityUpdateInput {
  @Field(() => GraphQLLocalDate)
  actionOn!: string;

  @Field()
  @PlainText({ max: 2000 })
  weDid!: string;
}

@InputType({ description: 'One of the team’s priorities, as engagement gives it.' })
export class TeamPriorityInput implements TeamPriority {
  @Field(() => ID)
  priorityId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  @Min(1)
  @Max(4)
  quarter!: number;

  @Field(() => PriorityStatusEnum)
  status!: TeamPriorityStatus;

  @Field()
  @PlainText({ min: 1, max: 200 })
  title!: string;

  @Field()
  @PlainText({ min: 1, max: 2000 })
  residentsSaid!: string;

  @Field(() => [TeamPriorityUpdateInput])
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  updates!: TeamPriorityUpdateInput[];
}

@InputType({ description: 'One of the team’s upcoming events, as engagement gives it.' })
export class TeamEventInput implements TeamEvent {
  @Field(() => ID)
  eventId!: string;

  @Field()
  @PlainText({ min: 1, max: 200 })
  title!: string;

  @Field(() => GraphQLDateTimeISO)
  startsAt!: Date;

  @Field()
  @PlainText({ min: 1, max: 200 })
  place!: string;
}

/**
 * The team's work as it is now, for the service to choose what an issue features
 * (featured-work.ts). 200 priorities is ten years of a busy team's quarters; an issue shows at most 10
 * events, as engagement's upcoming list does.
 */
@InputType()
export class TeamWorkInput implements TeamWork {
  @Field(() => [TeamPriorityInput], { description: 'Every priority the team has, drafts too.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  priorities!: TeamPriorityInput[];

  @Field(() => [TeamEventInput], { description: 'Upcoming events, soonest first.' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  events!: TeamEventInput[];
}
