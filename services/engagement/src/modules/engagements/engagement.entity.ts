import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { graphqlEnum } from '@engage/shared/graphql';

export const ENGAGEMENT_KINDS = [
  'WARD_OR_PARISH_MEETING',
  'PATCH_WALK',
  'BEAT_SURGERY',
  'COMMUNITY_EVENT',
  'OTHER',
] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];
export const EngagementKindEnum = graphqlEnum(
  'EngagementKind',
  ENGAGEMENT_KINDS,
  'What sort of engagement a team recorded: a ward or parish meeting, a patch walk, a beat surgery, a community event, or something else.',
  {
    WARD_OR_PARISH_MEETING: 'A ward or parish council meeting the team attended.',
    PATCH_WALK: 'A walk around the area to meet residents.',
    BEAT_SURGERY: 'A drop-in session where residents can talk to the team.',
    COMMUNITY_EVENT: 'A community event the team held or attended.',
    OTHER: 'Anything else.',
  },
);

/**
 * Something a team did to meet its community: the evidence behind the meeting and patch-walk
 * standards. Internal: never shown to the public as a record.
 */
@ObjectType({ description: 'A recorded engagement: a meeting, patch walk, beat surgery or event.' })
@Entity({ tableName: 'engagement' })
@Index({ properties: ['neighbourhood', 'heldOn'] })
export class Engagement {
  @Field(() => ID, { description: 'The engagement’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Neighbourhood, { deleteRule: 'cascade' })
  neighbourhood!: Neighbourhood;

  @Field(() => EngagementKindEnum, { description: 'What sort of engagement it was.' })
  @Enum({ items: [...ENGAGEMENT_KINDS] })
  kind!: EngagementKind;

  @Field(() => GraphQLLocalDate, { description: 'The day it happened (UK date).' })
  @Property({ type: 'date' })
  heldOn!: string;

  @Field({ description: 'Where it happened, as the team wrote it.' })
  @Property({ type: 'string', length: 200 })
  place!: string;

  @Field(() => Int, { nullable: true, description: 'How many residents took part, if counted.' })
  @Property({ type: 'integer', nullable: true })
  attendance: number | null = null;

  @Field(() => [String], { description: 'Partners who joined, e.g. council, housing, fire.' })
  @Property({ type: 'json' })
  partners: string[] = [];

  @Field(() => [String], { description: 'Communities reached, e.g. “Somali elders”.' })
  @Property({ type: 'json' })
  communitiesReached: string[] = [];

  @Field(() => String, {
    description: 'The team’s own notes, plain text; null when none. Staff only.',
    nullable: true,
  })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  recordedBy: string | null = null;

  /** Set for rows that came from a CSV import, so one import can be told from another. */
  @Property({ type: 'uuid', nullable: true })
  importBatch: string | null = null;

  @Field(() => GraphQLDateTimeISO, {
    description: 'When it was recorded (which may be after it happened).',
  })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** Moves on every correction, so an incremental export (`since`) picks the change up. */
  @Field(() => GraphQLDateTimeISO, {
    description: 'When the record was last recorded or corrected.',
  })
  @Property({ type: 'datetime', onUpdate: () => new Date(), index: true })
  updatedAt: Opt<Date> = new Date();
}
