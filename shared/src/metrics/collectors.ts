import type { MikroORM } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import type { PgBoss } from 'pg-boss';
import { JOBS_SCHEMA } from '../jobs/job-queue.ts';
import type { ProcessMetrics } from './process-metrics.ts';

/** Reads the ORM's `pg` pool at each scrape: connections open, idle, and callers waiting. */
export function collectDatabasePool(metrics: ProcessMetrics, orm: MikroORM): void {
  metrics.onScrape(async () => {
    const pool = (await orm.em.getConnection().getNativeClient()) as Pool;
    metrics.dbPool.set({ state: 'total' }, pool.totalCount);
    metrics.dbPool.set({ state: 'idle' }, pool.idleCount);
    metrics.dbPool.set({ state: 'waiting' }, pool.waitingCount);
  });
}

/**
 * Counted from pg-boss's job table at each scrape rather than from its cached queue statistics
 * (refreshed only by its maintenance pass), so a backlog shows at once. Waiting means due and not
 * yet taken: a job held back for a retry's backoff is not waiting until its time comes.
 */
const QUEUE_FIGURES = `
  select q.name,
    count(j.id) filter (where j.state in ('created', 'retry') and j.start_after <= now())::int as waiting,
    count(j.id) filter (where j.state = 'active')::int as active,
    coalesce(extract(epoch from now() - min(j.start_after)
      filter (where j.state in ('created', 'retry') and j.start_after <= now())), 0)::float8 as oldest
  from ${JOBS_SCHEMA}.queue q
  left join ${JOBS_SCHEMA}.job j on j.name = q.name and j.state in ('created', 'retry', 'active')
  group by q.name`;

interface QueueRow {
  name: string;
  waiting: number;
  active: number;
  oldest: number;
}

/**
 * Every queue's depth and oldest waiting job. The queue table is shared by all services, so each
 * process with a queue reports all of them: a dashboard takes `max by (queue)`.
 */
export function collectQueues(metrics: ProcessMetrics, boss: PgBoss): void {
  metrics.onScrape(async () => {
    const { rows } = (await boss.getDb().executeSql(QUEUE_FIGURES)) as { rows: QueueRow[] };
    for (const row of rows) {
      metrics.queueJobs.set({ queue: row.name, state: 'waiting' }, Number(row.waiting));
      metrics.queueJobs.set({ queue: row.name, state: 'active' }, Number(row.active));
      metrics.queueOldestAge.set({ queue: row.name }, Number(row.oldest));
    }
  });
}
