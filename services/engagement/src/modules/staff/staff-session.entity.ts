import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { StaffAccount } from './staff-account.entity.ts';

/**
 * A signed-in member of staff's session on the portal. The token (256 random bits) lives only in
 * their browser's cookie; we keep its SHA-256, so a copy of this table signs nobody in. Ending the
 * row ends the session everywhere, whatever copies of the cookie exist.
 */
@Entity({ tableName: 'staff_session' })
export class StaffSession {
  /** SHA-256 of the token, hex. */
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  /** Deleting an account ends its sessions with it. */
  @ManyToOne(() => StaffAccount, { deleteRule: 'cascade', index: true })
  staff!: StaffAccount;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  lastSeenAt!: Date;
}
