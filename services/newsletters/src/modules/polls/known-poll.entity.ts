import type { Opt } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * This service's copy of a quick poll surveys opened, kept from `poll.opened` and `poll.closed`
 * (never read from surveys' tables): enough for a team's next newsletter to link to it.
 */
@Entity({ tableName: 'known_poll' })
export class KnownPoll {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  question!: string;

  /** Every team the poll is for. */
  @Property({ type: 'json' })
  neighbourhoodIds!: string[];

  @Property({ type: 'datetime' })
  openedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  closesAt: Date | null = null;

  /** Set by `poll.closed`. */
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'datetime' })
  receivedAt: Opt<Date> = new Date();
}
