import type { Opt } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { StaffAccount } from '../staff/staff-account.entity.ts';

/**
 * An analyst's (or admin's) personal API token, for reading figures from their own tools through
 * the gateway. The secret is shown once, when the token is made; we keep only its SHA-256, so a
 * copy of this table reads nothing. A token acts as its owner's account as it is at each request:
 * a disabled account's tokens stop working, and a role change applies at once.
 */
@ObjectType('ApiToken', {
  description:
    'A personal API token of an analyst or admin: read-only access to the GraphQL API from their own tools. Its secret is shown only once, when it is made.',
})
@Entity({ tableName: 'api_token' })
export class ApiToken {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Deleting an account deletes its tokens; their audit rows stay (api-token-use.entity.ts). */
  @ManyToOne(() => StaffAccount, { deleteRule: 'cascade', index: true })
  staff!: StaffAccount;

  @Field({ description: 'What the owner called it, to tell their tokens apart ("Power BI").' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** SHA-256 of the whole secret (prefix included), hex. */
  @Property({ type: 'string', length: 64, hidden: true, unique: true })
  secretHash!: string;

  @Field({ description: 'When it was made.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field({ description: 'When it stops working: at most 90 days after it was made.' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was revoked (it no longer works); null while it has not been.',
  })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Opt<Date> | null = null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was last used for a request; null if never.',
  })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Opt<Date> | null = null;
}
