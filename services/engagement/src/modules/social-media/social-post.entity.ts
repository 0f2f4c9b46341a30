import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { graphqlEnum } from '@engage/shared/graphql';

export const SOCIAL_CHANNELS = [
  'FACEBOOK',
  'X',
  'INSTAGRAM',
  'NEXTDOOR',
  'WHATSAPP',
  'OTHER',
] as const;
export type SocialChannel = (typeof SOCIAL_CHANNELS)[number];
export const SocialChannelEnum = graphqlEnum(
  'SocialChannel',
  SOCIAL_CHANNELS,
  'Where a team posted: the social network or channel.',
  {
    FACEBOOK: 'Facebook.',
    X: 'X (formerly Twitter).',
    INSTAGRAM: 'Instagram.',
    NEXTDOOR: 'Nextdoor.',
    WHATSAPP: 'WhatsApp (a community group or channel).',
    OTHER: 'Any other channel.',
  },
);

/** One post in a team's social media log: the evidence for the daily-content standard. */
@ObjectType({ description: 'A social media post in a team’s log.' })
@Entity({ tableName: 'social_post' })
@Index({ properties: ['neighbourhood', 'postedOn'] })
export class SocialPost {
  @Field(() => ID, { description: 'The post’s record id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Neighbourhood, { deleteRule: 'cascade' })
  neighbourhood!: Neighbourhood;

  @Field(() => GraphQLLocalDate, { description: 'The day it was posted (UK date).' })
  @Property({ type: 'date' })
  postedOn!: string;

  @Field(() => SocialChannelEnum, { description: 'Where it was posted.' })
  @Enum({ items: [...SOCIAL_CHANNELS] })
  channel!: SocialChannel;

  @Field(() => String, {
    description: 'The post’s address (https); null when the team gave none.',
    nullable: true,
  })
  @Property({ type: 'string', length: 500, nullable: true })
  link: string | null = null;

  @Field({ description: 'True when the post is a “You said – We did” update.' })
  @Property({ type: 'boolean' })
  youSaidWeDid: boolean = false;

  @Property({ type: 'uuid', nullable: true })
  recordedBy: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  importBatch: string | null = null;

  @Field(() => GraphQLDateTimeISO, { description: 'When the post was logged.' })
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  /** Moves when a re-import corrects the post, so an incremental export picks the change up. */
  @Field(() => GraphQLDateTimeISO, { description: 'When the post was logged or last corrected.' })
  @Property({ type: 'datetime', onUpdate: () => new Date(), index: true })
  updatedAt: Opt<Date> = new Date();
}
