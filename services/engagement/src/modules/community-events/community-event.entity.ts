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
  'Where a community event is in its life: a draft only its team sees, published for residents, or cancelled (still shown, marked as cancelled).',
  {
    DRAFT: 'Being written; only staff see it.',
    PUBLISHED: 'Shown to residents.',
    CANCELLED: 'Called off: still shown to residents, marked as cancelled.',
  },
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
  @Field(() => ID, { description: 'The event’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Neighbourhood, { deleteRule: 'cascade' })
  neighbourhood!: Neighbourhood;

  @Field({ description: 'What the event is called, as residents see it.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, {
    description: 'More about the event, plain text; null when the team wrote none.',
    nullable: true,
  })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => GraphQLDateTimeISO, { description: 'When it starts (UTC; shown in UK time).' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => GraphQLDateTimeISO, {
    description: 'When it ends (UTC); null when the team gave no end time.',
    nullable: true,
  })
  @Property({ type: 'datetime', nullable: true })
  endsAt: Date | null = null;

  @Field({ description: 'Where it is held, as the team wrote it.' })
  @Property({ type: 'string', length: 200 })
  place!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Step-free access, hearing loop, parking, interpreters…',
  })
  @Property({ type: 'text', nullable: true })
  accessibilityNotes: string | null = null;

  @Field(() => CommunityEventStatusEnum, {
    description:
      'Draft, published or cancelled: residents see published and cancelled events only.',
  })
  @Enum({ items: [...COMMUNITY_EVENT_STATUSES] })
  status: CommunityEventStatus = 'DRAFT';

  @Field(() => GraphQLDateTimeISO, {
    description: 'When it was first published; null while a draft.',
    nullable: true,
  })
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
