import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { graphqlEnum } from '@engage/shared/graphql';

export const COMMUNITY_EVENT_STATUSES = ['DRAFT', 'PUBLISHED', 'CANCELLED'] as const;
export type CommunityEventStatus = (typeof COMMUNITY_EVENT_STATUSES)[number];
export const CommunityEventStatusEnum = graphqlEnum(
  'CommunityEventStatus',
  COMMUNITY_EVENT_STATUSES,
);

/**
 * A public event a team runs or attends: a beat surgery, a drop-in, a community meeting.
 * Publishing one invites subscribers of the area (the newsletters service sends the invitations).
 */
@ObjectType({ description: 'A public event run by a neighbourhood team.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'community_event' })
@Index({ properties: ['neighbourhood', 'startsAt'] })
export class CommunityEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Neighbourhood, { deleteRule: 'cascade' })
  neighbourhood!: Neighbourhood;

  @Field()
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  endsAt: Date | null = null;

  @Field()
  @Property({ type: 'string', length: 200 })
  place!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Step-free access, hearing loop, parking, interpreters…',
  })
  @Property({ type: 'text', nullable: true })
  accessibilityNotes: string | null = null;

  @Field(() => CommunityEventStatusEnum)
  @Enum({ items: [...COMMUNITY_EVENT_STATUSES] })
  status: CommunityEventStatus = 'DRAFT';

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  /**
   * Set when it was imported from data.police.uk (import/write-activity.ts): where it came from,
   * "data.police.uk/<force>/<neighbourhood>/events/<key>", so a second import updates it rather
   * than adding it again. Null for an event the team entered here.
   */
  @Property({ type: 'text', nullable: true, unique: true })
  importedFrom: string | null = null;

  /** A SHA-256 of what data.police.uk said when it was last imported: unchanged, untouched. */
  @Property({ type: 'string', length: 64, nullable: true })
  importHash: string | null = null;
}
