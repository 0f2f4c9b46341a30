import { LockMode } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { PgBoss } from 'pg-boss';
import type { Logger } from '../logging/logger.ts';
import type { ProcessMetrics } from '../metrics/process-metrics.ts';
import { OutboxMessage } from './outbox-message.entity.ts';

/** Events reach other services within about a second; a batch bounds one transaction's work. */
const POLL_MS = 1000;
const BATCH = 100;
/**
 * Relayed events are kept a week (to answer "was it sent?" when investigating) and then deleted,
 * checked once an hour, so the table stays the size of a week's changes.
 */
export const OUTBOX_RETENTION_DAYS = 7;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/** Deletes events relayed more than the retention period before `now`; returns how many. */
export async function pruneOutbox(orm: MikroORM, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - OUTBOX_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  return orm.em.fork().nativeDelete(OutboxMessage, { publishedAt: { $lt: cutoff } });
}

export interface OutboxRelay {
  /** Relays everything waiting now; the relay also does this on its own every second. */
  flush(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Moves committed events from this service's outbox to the job queue. Replicas can run it side by
 * side: rows are claimed with SKIP LOCKED, and each job's id is the message id, so a crash
 * between sending and marking can only re-send a job the queue already holds (and ignores).
 */
export function startOutboxRelay(
  orm: MikroORM,
  boss: PgBoss,
  logger: Logger,
  metrics?: ProcessMetrics,
): OutboxRelay {
  let running: Promise<number> | undefined;

  async function relayBatch(): Promise<number> {
    const relayed = await orm.em.fork().transactional(async (em) => {
      const messages = await em.find(
        OutboxMessage,
        { publishedAt: null },
        {
          orderBy: { createdAt: 'asc' },
          limit: BATCH,
          lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        },
      );
      for (const message of messages) {
        // To every queue subscribed to the event (pub/sub), with the message id as the job id.
        await boss.publish(message.name, message.payload, { id: message.id });
        message.publishedAt = new Date();
      }
      return messages.map((message) => message.name);
    });
    // Counted once the transaction has committed: a batch rolled back is relayed again later.
    for (const event of relayed) metrics?.eventsRelayed.inc({ event });
    return relayed.length;
  }

  async function flush(): Promise<number> {
    // One relay pass at a time in this process; concurrent callers share it.
    running ??= (async () => {
      let total = 0;
      for (
        let sent = await relayBatch();
        sent > 0;
        sent = sent === BATCH ? await relayBatch() : 0
      ) {
        total += sent;
      }
      return total;
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  const timer = setInterval(() => {
    flush().catch((error: unknown) =>
      logger.error({ err: error }, 'outbox relay failed; will retry'),
    );
  }, POLL_MS);
  timer.unref();
  const pruning = setInterval(() => {
    pruneOutbox(orm).catch((error: unknown) =>
      logger.error({ err: error }, 'outbox pruning failed; will retry'),
    );
  }, PRUNE_EVERY_MS);
  pruning.unref();

  return {
    flush,
    async stop() {
      clearInterval(timer);
      clearInterval(pruning);
      await running?.catch(() => 0);
    },
  };
}
