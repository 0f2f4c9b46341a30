import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@engage/shared/graphql';

export const POLL_STATUSES = ['DRAFT', 'OPEN', 'CLOSED'] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];
export const PollStatusEnum = graphqlEnum(
  'PollStatus',
  POLL_STATUSES,
  'Where a quick poll is: a draft only staff see, open for votes, or closed.',
  {
    DRAFT: 'Being written; only staff see it.',
    OPEN: 'Taking votes.',
    CLOSED: 'No longer taking votes; results stay shown.',
  },
);

/**
 * A quick poll: one question between rounds, force-wide or for some NPAs or teams. Its life:
 * DRAFT (created, seen only by those who may manage it) → OPEN (openPoll) → CLOSED (closePoll, or
 * its closing time passing). See `pollStatus`.
 */
@ObjectType({ description: 'A quick poll: one question, with live (suppressed) results.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'poll' })
export class Poll {
  @Field(() => ID, { description: 'The poll’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'The question residents are asked.' })
  @Property({ type: 'text' })
  question!: string;

  @Field(() => [ID], { description: 'Empty with no teams either: the whole force.' })
  @Property({ type: 'json' })
  policingAreaIds: string[] = [];

  @Field(() => [ID], { description: 'The teams whose pages show the poll.' })
  @Property({ type: 'json' })
  neighbourhoodIds: string[] = [];

  @Field(() => GraphQLDateTimeISO, {
    description: 'When voting stops; null for a poll that stays open until a team closes it.',
    nullable: true,
  })
  @Property({ type: 'datetime', nullable: true })
  closesAt!: Date | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  /** When it was opened; null while a draft. */
  @Field(() => GraphQLDateTimeISO, {
    description: 'When it was opened; null while a draft.',
    nullable: true,
  })
  @Property({ type: 'datetime', nullable: true })
  openedAt: Date | null = null;

  /** When staff closed it (null if it closed by its closing time, or is not closed). */
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;
}

/** DRAFT until opened; CLOSED once closed by staff or past its closing time; else OPEN. */
export function pollStatus(poll: Poll, now = new Date()): PollStatus {
  if (poll.closedAt !== null) return 'CLOSED';
  if (poll.openedAt === null) return 'DRAFT';
  return poll.closesAt !== null && poll.closesAt <= now ? 'CLOSED' : 'OPEN';
}

@Entity({ tableName: 'poll_option' })
@Index({ properties: ['pollId', 'position'] })
export class PollOption {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  pollId!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  label!: string;
}

/**
 * One client's vote. The key (poll, client) makes a second vote from the same client impossible;
 * the client is the edge's opaque key (ctx.client), stored hashed (storedClientKey, @engage/shared/auth).
 */
@Entity({ tableName: 'poll_vote' })
export class PollVote {
  @PrimaryKey({ type: 'uuid' })
  pollId!: string;

  @PrimaryKey({ type: 'string', length: 64 })
  clientHash!: string;

  @Index()
  @Property({ type: 'uuid' })
  optionId!: string;
}
