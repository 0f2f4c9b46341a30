import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { PgBoss } from 'pg-boss';
import type { Logger } from '../logging/logger.ts';
import type { EventName, EventPayloads } from './event-types.ts';

export type EventHandlers = {
  [Name in EventName]?: (
    em: EntityManager,
    payload: EventPayloads[Name],
    logger: Logger,
  ) => Promise<void>;
};

/**
 * Subscribes a service to events, each on a queue of its own (`<event>:<service>`) so every
 * subscribing service gets every event. A handler runs in a transaction; if it throws, the job
 * is retried with backoff, so handlers must be idempotent (upsert by the payload's ids).
 */
export async function subscribeToEvents(
  service: string,
  boss: PgBoss,
  orm: MikroORM,
  handlers: EventHandlers,
  logger: Logger,
): Promise<void> {
  for (const [name, handler] of Object.entries(handlers) as [
    EventName,
    EventHandlers[EventName],
  ][]) {
    if (!handler) continue;
    const queue = `${name}:${service}`;
    await boss.createQueue(queue, { retryLimit: 10, retryBackoff: true });
    await boss.subscribe(name, queue);
    await boss.work<EventPayloads[typeof name]>(queue, async (jobs) => {
      for (const job of jobs) {
        await orm.em
          .fork()
          .transactional((em) =>
            (handler as (em: EntityManager, payload: unknown, logger: Logger) => Promise<void>)(
              em,
              job.data,
              logger,
            ),
          );
      }
    });
  }
}
