import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import {
  DB_POOL_CONNECTIONS,
  EVENTS_RELAYED,
  GRAPHQL_ERRORS,
  GRAPHQL_OPERATION_DURATION,
  HTTP_REQUEST_DURATION,
  MAILS,
  QUEUE_JOBS,
  QUEUE_OLDEST_JOB_AGE,
} from './names.ts';

/** Seconds; from a cached lookup (5 ms) to the gateway's longest allowed execution (120 s). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120];

export type MailOutcome = 'sent' | 'bounced' | 'failed';

/**
 * One process's metrics, on a registry of its own rather than prom-client's global one: the tests
 * start several services in one Node process, and each must count only its own requests.
 * Every series carries `service="<name>"`, so one dashboard can tell the processes apart.
 */
export interface ProcessMetrics {
  service: string;
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  graphqlDuration: Histogram<'operation' | 'type'>;
  graphqlErrors: Counter<'operation' | 'code'>;
  dbPool: Gauge<'state'>;
  queueJobs: Gauge<'queue' | 'state'>;
  queueOldestAge: Gauge<'queue'>;
  mails: Counter<'outcome' | 'kind'>;
  eventsRelayed: Counter<'event'>;
  /** Runs `collect` before every scrape (pool and queue figures are read then, not polled). */
  onScrape(collect: () => Promise<void>): void;
  /** The Prometheus text exposition, after every onScrape collector has run. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

export function createProcessMetrics(service: string): ProcessMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const collectors: (() => Promise<void>)[] = [];
  return {
    service,
    registry,
    httpDuration: new Histogram({
      name: HTTP_REQUEST_DURATION,
      help: 'HTTP requests by method, route template and status, in seconds.',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    graphqlDuration: new Histogram({
      name: GRAPHQL_OPERATION_DURATION,
      help: 'GraphQL operations by operation name and type (query, mutation), in seconds.',
      labelNames: ['operation', 'type'],
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    graphqlErrors: new Counter({
      name: GRAPHQL_ERRORS,
      help: 'Errors in GraphQL responses by operation name and error code.',
      labelNames: ['operation', 'code'],
      registers,
    }),
    dbPool: new Gauge({
      name: DB_POOL_CONNECTIONS,
      help: 'Database pool connections: total open, idle, and requests waiting for one.',
      labelNames: ['state'],
      registers,
    }),
    queueJobs: new Gauge({
      name: QUEUE_JOBS,
      help: 'Jobs on each queue that are waiting (due and not yet taken) or active.',
      labelNames: ['queue', 'state'],
      registers,
    }),
    queueOldestAge: new Gauge({
      name: QUEUE_OLDEST_JOB_AGE,
      help: 'Seconds the oldest waiting job on each queue has been due (0 when none waits).',
      labelNames: ['queue'],
      registers,
    }),
    mails: new Counter({
      name: MAILS,
      help: 'Mail handed to the relay (sent), refused for good (bounced) or given up (failed).',
      labelNames: ['outcome', 'kind'],
      registers,
    }),
    eventsRelayed: new Counter({
      name: EVENTS_RELAYED,
      help: 'Events moved from the outbox to the job queue, by event name.',
      labelNames: ['event'],
      registers,
    }),
    onScrape(collect) {
      collectors.push(collect);
    },
    async scrape() {
      // A collector that fails (the database is down) leaves its last figures; the scrape of
      // everything else still answers, and readiness reports the outage.
      await Promise.allSettled(collectors.map((collect) => collect()));
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}
