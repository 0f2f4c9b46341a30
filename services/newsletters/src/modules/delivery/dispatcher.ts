import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger, PgBoss } from '@engage/shared';

export const SEND_QUEUE = 'newsletters.send-deliveries';
export const PUBLISH_QUEUE = 'newsletters.publish-scheduled';

/**
 * 25 messages per send job: a pooled connection sends that in a few seconds, a retry after a
 * temporary failure re-reads only 25 rows, and one job never runs near its expiry.
 */
export const SEND_BATCH = 25;

export interface SendJob {
  deliveryIds: string[];
}
export interface PublishJob {
  newsletterId: string;
}

type PgClient = {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  release(): void;
};

/**
 * Queues jobs for work the API and the event handlers wrote in their own transactions (which have
 * no job queue to hand): deliveries waiting to be sent, and issues scheduled for later.
 *
 * Each pass marks rows and queues their job in ONE transaction on one connection (pg-boss's `db`
 * option runs its insert on our connection): the mark and the job commit together, so a row is
 * never marked without a job (lost) nor queued twice (replicas skip each other's locked rows).
 */
export function createDispatcher(orm: MikroORM, boss: PgBoss, logger: Logger) {
  async function inTransaction<T>(work: (client: PgClient) => Promise<T>): Promise<T> {
    const pool = await orm.em.getConnection().getNativeClient();
    const client = (await pool.connect()) as PgClient;
    try {
      await client.query('begin');
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  const db = (client: PgClient) => ({
    executeSql: (text: string, values?: unknown[]) => client.query(text, values),
  });

  /** Confirmations first (a resident is waiting for one), then everything else. */
  async function dispatchDeliveries(transactional: boolean): Promise<number> {
    return inTransaction(async (client) => {
      const { rows } = await client.query(
        `update newsletters.delivery set enqueued_at = now()
         where id in (
           select id from newsletters.delivery
           where status = 'QUEUED' and enqueued_at is null
             and (kind in ('CONFIRMATION', 'ALREADY_SUBSCRIBED')) = $1
           order by created_at, id
           limit ${SEND_BATCH}
           for update skip locked)
         returning id`,
        [transactional],
      );
      if (rows.length === 0) return 0;
      const job: SendJob = { deliveryIds: rows.map((row) => String(row['id'])) };
      await boss.send(SEND_QUEUE, job, { db: db(client), priority: transactional ? 10 : 0 });
      return rows.length;
    });
  }

  async function dispatchScheduled(): Promise<number> {
    return inTransaction(async (client) => {
      const { rows } = await client.query(
        `update newsletters.newsletter set publish_job_queued_at = now()
         where id in (
           select id from newsletters.newsletter
           where status = 'SCHEDULED' and publish_job_queued_at is null
           for update skip locked)
         returning id, scheduled_for`,
      );
      for (const row of rows) {
        const job: PublishJob = { newsletterId: String(row['id']) };
        await boss.send(PUBLISH_QUEUE, job, {
          db: db(client),
          startAfter: (row['scheduled_for'] as Date | null) ?? new Date(),
        });
      }
      return rows.length;
    });
  }

  let running: Promise<void> | undefined;
  /** One pass: everything waiting now. Concurrent callers share the pass in progress. */
  function dispatch(): Promise<void> {
    running ??= (async () => {
      for (const transactional of [true, false]) {
        while ((await dispatchDeliveries(transactional)) === SEND_BATCH);
      }
      const scheduled = await dispatchScheduled();
      if (scheduled > 0) logger.info({ scheduled }, 'scheduled newsletters queued for publishing');
    })().finally(() => {
      running = undefined;
    });
    return running;
  }
  return { dispatch };
}
