import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export const API_TOKEN_OUTCOMES = ['OK', 'REFUSED'] as const;
export type ApiTokenOutcome = (typeof API_TOKEN_OUTCOMES)[number];

/**
 * One request made with an API token, written by the gateway after it answered: the audit log an
 * admin reads. The token and staff ids are plain columns, not foreign keys, so the log outlives a
 * deleted account. Rows are never updated or deleted by the product.
 */
@Entity({ tableName: 'api_token_use' })
@Index({ properties: ['at'] })
@Index({ properties: ['tokenId', 'at'] })
export class ApiTokenUse {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'uuid' })
  tokenId!: string;

  @Property({ type: 'uuid' })
  staffId!: string;

  /** The operation's name as the caller sent it; null for an anonymous operation. */
  @Property({ type: 'string', length: 200, nullable: true })
  operationName: string | null = null;

  /** The gateway's estimate (gateway/src/limits/query-cost.ts); null when it was not costed. */
  @Property({ type: 'integer', nullable: true })
  cost: number | null = null;

  @Property({ type: 'integer' })
  durationMs!: number;

  /** When the request arrived at the gateway. */
  @Property({ type: 'datetime' })
  at!: Date;

  /** OK when it ran (its answer may still hold errors); REFUSED when the gateway refused it. */
  @Enum({ items: [...API_TOKEN_OUTCOMES], nativeEnumName: undefined })
  outcome!: ApiTokenOutcome;
}
