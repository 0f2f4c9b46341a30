import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * An invitation that has been answered. Its primary key is the token's invitation id, so a second
 * answer with the same token (even at the same instant) breaks the key and is refused. It is
 * written in the same transaction as the response but names no response, and has no date: a
 * date here beside the response's day would match a quiet day's one invitation to its one
 * answer. The subscriber id is kept only so erasure can forget it.
 */
@Entity({ tableName: 'used_invitation' })
export class UsedInvitation {
  @PrimaryKey({ type: 'uuid' })
  invitationId!: string;

  @Property({ type: 'uuid' })
  roundId!: string;

  /** Nulled when the subscriber erases their data (`subscriber.erased`). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  subscriberId!: string | null;
}
