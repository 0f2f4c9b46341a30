import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * An event waiting to be handed to the job queue. It is written in the same transaction as the
 * change it announces, so an event exists if and only if its change was committed; the outbox
 * relay then passes it on (see outbox-relay.ts). Every service keeps one in its own schema.
 */
@Entity({ tableName: 'outbox_message' })
@Index({ name: 'outbox_message_unpublished', properties: ['createdAt'], expression: undefined })
export class OutboxMessage {
  /** Also the job's id in the queue, so relaying the same message twice sends it once. */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string' })
  name!: string;

  @Property({ type: 'json' })
  payload!: object;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;
}
