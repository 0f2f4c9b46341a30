import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@engage/shared/graphql';

/** SCHEDULED → OPEN → CLOSED, never back. */
export const ROUND_STATUSES = ['SCHEDULED', 'OPEN', 'CLOSED'] as const;
export type SurveyRoundStatus = (typeof ROUND_STATUSES)[number];
export const SurveyRoundStatusEnum = graphqlEnum(
  'SurveyRoundStatus',
  ROUND_STATUSES,
  'Where a round is: scheduled (not open yet), open for answers, or closed.',
  {
    SCHEDULED: 'Not open yet: local questions can still be added.',
    OPEN: 'Taking answers: its figures change as answers arrive.',
    CLOSED: 'Finished: its figures are final.',
  },
);

/** One run of the "Your Views" survey, e.g. "November 2026". */
@ObjectType({ description: 'One run of the "Your Views" survey, e.g. "November 2026".' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'survey_round' })
export class SurveyRound {
  @Field(() => ID, { description: 'The round’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'How residents know the round, e.g. "November 2026".' })
  @Unique()
  @Property({ type: 'string' })
  label!: string;

  @Field(() => GraphQLLocalDate, { description: 'The first day answers are taken (UK).' })
  @Property({ type: 'date' })
  opensOn!: string;

  @Field(() => GraphQLLocalDate, { description: 'The last day answers are taken (UK).' })
  @Property({ type: 'date' })
  closesOn!: string;

  @Field(() => SurveyRoundStatusEnum, {
    description: 'Scheduled, open or closed; figures of an open round change as answers arrive.',
  })
  @Enum({ items: [...ROUND_STATUSES] })
  status!: SurveyRoundStatus;

  @Field(() => Int, { description: 'The standard questions this round asks; kept once open.' })
  @Property({ type: 'integer' })
  questionSetVersion!: number;

  @Field(() => [ID], { description: 'The NPAs the round is for; empty means the whole force.' })
  @Property({ type: 'json' })
  policingAreaIds: string[] = [];

  @Field(() => Float, {
    nullable: true,
    description: 'The national (CSEW) confidence figure for the same period, 0–100, as entered.',
  })
  @Property({ type: 'decimal', precision: 4, scale: 1, runtimeType: 'number', nullable: true })
  nationalComparison: number | null = null;

  @Property({ type: 'datetime', nullable: true })
  openedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  /**
   * Set when an admin voids the round (it ran in error, or its answers cannot be trusted): a voided
   * round's answers count in no published figure. Orthogonal to `status`, since a round can be
   * voided whether open or closed. Who voided it and why is in the audit log.
   */
  @Property({ type: 'datetime', nullable: true })
  voidedAt: Date | null = null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
