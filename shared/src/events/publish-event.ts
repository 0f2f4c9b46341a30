import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventName, EventPayloads } from './event-types.ts';
import { OutboxMessage } from './outbox-message.entity.ts';

/**
 * Records an event to publish. Call it inside the transaction that makes the change (or before
 * the flush that does): the event is committed, or rolled back, with the change itself.
 */
export function publishEvent<Name extends EventName>(
  em: EntityManager,
  name: Name,
  payload: EventPayloads[Name],
): OutboxMessage {
  return em.create(OutboxMessage, { id: randomUUID(), name, payload, createdAt: new Date() });
}
