import { randomUUID } from 'node:crypto';
import type { Opt } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { StaffActor } from '../auth/actor.ts';

/**
 * One staff action that changed what the public sees or what a figure counts (withdrawing a
 * newsletter, voiding a survey round, excluding answers): who, what, when, and the state before and
 * after. Kept in each service's own schema, written in the same transaction as the change, and
 * separate from application logs so it is neither rotated away nor mixed with noise. Rows are
 * never updated or deleted by the product.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['subjectType', 'subjectId'] })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @Property({ type: 'datetime' })
  at: Opt<Date> = new Date();

  /** The member of staff's id, and their name and role as they were at the time. */
  @Property({ type: 'string' })
  actorId!: string;

  @Property({ type: 'string' })
  actorName!: string;

  @Property({ type: 'string' })
  actorRole!: string;

  /** What was done, as a verb phrase in the domain's words: `newsletter.withdrawn`. */
  @Property({ type: 'string' })
  action!: string;

  @Property({ type: 'string' })
  subjectType!: string;

  @Property({ type: 'string' })
  subjectId!: string;

  /** Why, in the member of staff's own words (required for corrective actions). */
  @Property({ type: 'text', nullable: true })
  reason: Opt<string> | null = null;

  @Property({ type: 'json', nullable: true })
  before: Opt<object> | null = null;

  @Property({ type: 'json', nullable: true })
  after: Opt<object> | null = null;
}

export interface AuditRecord {
  actor: StaffActor;
  action: string;
  subject: { type: string; id: string };
  reason?: string | null;
  before?: object | null;
  after?: object | null;
}

/** Adds an audit entry to the unit of work: it commits with the change it records, or not at all. */
export function recordAudit(em: EntityManager, record: AuditRecord): AuditEntry {
  return em.create(AuditEntry, {
    actorId: record.actor.id,
    actorName: record.actor.name,
    actorRole: record.actor.role,
    action: record.action,
    subjectType: record.subject.type,
    subjectId: record.subject.id,
    reason: record.reason ?? null,
    before: record.before ?? null,
    after: record.after ?? null,
  });
}
