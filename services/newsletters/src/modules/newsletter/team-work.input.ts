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
const PriorityStatusEnum = graphqlEnum(
  'PriorityStatus',
  TEAM_PRIORITY_STATUSES,
  'Where a priority is: a draft only its team sees, active (published and being worked on), or completed.',
  {
    DRAFT: 'Being written; only the team’s staff see it.',
    ACTIVE: 'Published, and the team is working on it.',
    COMPLETED: 'Published, and the team has finished it.',
  },
);

@InputType({ description: '“We did”: one dated action on a priority.' })
export class TeamPriorityUpdateInput {
  @Field(() => GraphQLLocalDate, { description: 'The day the team acted (UK date).' })
  actionOn!: string;

  @Field({ description: 'What the team did, plain text.' })
  @PlainText({ max: 2000 })
  weDid!: string;
}

@InputType({ description: 'One of the team’s priorities, as engagement gives it.' })
export class TeamPriorityInput implements TeamPriority {
  @Field(() => ID, { description: 'The priority in engagement.' })
  priorityId!: string;

  @Field(() => Int, { description: 'The calendar year of its quarter.' })
  year!: number;

  @Field(() => Int, { description: 'Its quarter, 1 to 4.' })
  @Min(1)
  @Max(4)
  quarter!: number;

  @Field(() => PriorityStatusEnum, { description: 'Where the priority is now.' })
  status!: TeamPriorityStatus;

  @Field({ description: 'Its title.' })
  @PlainText({ min: 1, max: 200 })
  title!: string;

  @Field({ description: 'What residents said (“You said”).' })
  @PlainText({ min: 1, max: 2000 })
  residentsSaid!: string;

  @Field(() => [TeamPriorityUpdateInput], { description: 'What the team did, oldest first.' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  updates!: TeamPriorityUpdateInput[];
}

@InputType({ description: 'One of the team’s upcoming events, as engagement gives it.' })
export class TeamEventInput implements TeamEvent {
  @Field(() => ID, { description: 'The event in engagement.' })
  eventId!: string;

  @Field({ description: 'Its title.' })
  @PlainText({ min: 1, max: 200 })
  title!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When it starts.' })
  startsAt!: Date;

  @Field({ description: 'Where it is held.' })
  @PlainText({ min: 1, max: 200 })
  place!: string;
}

/**
 * The team's work as it is now, for the service to choose what an issue features
 * (featured-work.ts). 200 priorities is ten years of a busy team's quarters; an issue shows at most 10
 * events, as engagement's upcoming list does.
 */
@InputType({
  description:
    'The team’s priorities and upcoming events as they are now, from which the service chooses what an issue features.',
})
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
