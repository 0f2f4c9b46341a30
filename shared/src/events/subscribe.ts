import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { PgBoss } from 'pg-boss';
import type { Logger } from '../logging/logger.ts';
import {
  EVENT_SUBSCRIBERS,
  queueFor,
  type EventName,
  type EventPayloads,
  type ServiceName,
} from './event-types.ts';

export type EventHandlers = {
  [Name in EventName]?: (
    em: EntityManager,
    payload: EventPayloads[Name],
    logger: Logger,
  ) => Promise<void>;
};

/**
 * Starts a service's workers for the events it consumes, each on a queue of its own
 * (`<event>/<service>`, made by ensureSubscriptions) so every consumer gets every event. A handler runs in a transaction; if it throws, the job
 * is retried with backoff, so handlers must be idempotent (upsert by the payload's ids).
 */
/** Creates every consumer's queue and subscription (idempotent; any service may run it). */
export async function ensureSubscriptions(boss: PgBoss): Promise<void> {
  for (const [event, services] of Object.entries(EVENT_SUBSCRIBERS)) {
    for (const service of services) {
      const queue = queueFor(event as EventName, service);
      await boss.createQueue(queue, { retryLimit: 10, retryBackoff: true });
      await boss.subscribe(event, queue);
    }
  }
}

export async function subscribeToEvents(
  service: ServiceName,
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
    if (!EVENT_SUBSCRIBERS[name].includes(service)) {
      throw new Error(`${service} handles ${name} but is not listed in EVENT_SUBSCRIBERS.`);
    }
    const queue = queueFor(name, service);
    // Batches of 50: a seed or a bulk change publishes hundreds of events at once.
    await boss.work<EventPayloads[typeof name]>(
      queue,
      { batchSize: 50, pollingIntervalSeconds: 1 },
      async (jobs) => {
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
      },
    );
  }
}
