import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DB_POOL_CONNECTIONS,
  EVENTS_RELAYED,
  GRAPHQL_ERRORS,
  GRAPHQL_OPERATION_DURATION,
  HTTP_REQUEST_DURATION,
  MAILS,
  METRIC_NAMES,
  QUEUE_JOBS,
  QUEUE_OLDEST_JOB_AGE,
} from '../../shared/src/metrics/names.ts';

interface Panel {
  type: string;
  title: string;
  targets?: { expr: string }[];
}
const dashboard = JSON.parse(
  readFileSync(new URL('../grafana/neighbourhood-link.json', import.meta.url), 'utf8'),
) as { uid: string; panels: Panel[]; templating: { list: { query: unknown }[] } };

/** Every metric's labels (the contract in the issue-15 brief), besides the default `service`. */
const LABELS: Record<string, string[]> = {
  [HTTP_REQUEST_DURATION]: ['method', 'route', 'status'],
  [GRAPHQL_OPERATION_DURATION]: ['operation', 'type'],
  [GRAPHQL_ERRORS]: ['operation', 'code'],
  [DB_POOL_CONNECTIONS]: ['state'],
  [QUEUE_JOBS]: ['queue', 'state'],
  [QUEUE_OLDEST_JOB_AGE]: ['queue'],
  [MAILS]: ['outcome', 'kind'],
  [EVENTS_RELAYED]: ['event'],
};
const HISTOGRAMS = [HTTP_REQUEST_DURATION, GRAPHQL_OPERATION_DURATION];
/** Labels every series has: our default label, and what Prometheus's pod discovery adds. */
const COMMON_LABELS = ['service', 'pod', 'namespace', 'instance', 'job'];
/** prom-client's default metrics that the dashboard shows. */
const DEFAULT_METRICS = [
  'process_resident_memory_bytes',
  'process_cpu_seconds_total',
  'nodejs_eventloop_lag_p99_seconds',
];

/** PromQL words that are not metric names. */
const PROMQL = new Set(
  'sum max min avg count rate increase irate histogram_quantile by without on ignoring and or unless'.split(
    ' ',
  ),
);

/** The metric names a PromQL expression reads, and the labels it groups or filters by. */
function parse(expr: string): { metrics: string[]; labels: string[] } {
  const labels = [
    ...[...expr.matchAll(/\b(?:by|without)\s*\(([^)]*)\)/g)].flatMap((m) => m[1]!.split(',')),
    ...[...expr.matchAll(/\{([^}]*)\}/g)].flatMap((m) =>
      [...m[1]!.matchAll(/([a-z_]+)\s*(?:=~|!~|!=|=)/g)].map((l) => l[1]!),
    ),
  ].map((label) => label.trim());
  const bare = expr
    .replace(/\b(?:by|without)\s*\([^)]*\)/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/"[^"]*"/g, ' ');
  const metrics = [...bare.matchAll(/[a-zA-Z_:][a-zA-Z0-9_:]*/g)]
    .map((m) => m[0])
    .filter((word) => !PROMQL.has(word));
  return { metrics, labels };
}

/** The contract's metric a series name belongs to (a histogram's _bucket, _sum, _count). */
function contractMetric(series: string): string | undefined {
  if (METRIC_NAMES.includes(series)) return series;
  return HISTOGRAMS.find((histogram) =>
    ['_bucket', '_sum', '_count'].some((suffix) => series === `${histogram}${suffix}`),
  );
}

const queries = dashboard.panels.flatMap((panel) =>
  (panel.targets ?? []).map((target) => ({ panel: panel.title, expr: target.expr })),
);

describe('the Grafana dashboard', () => {
  it('queries only metrics of the contract (or prom-client defaults), by their labels', () => {
    expect(queries.length).toBeGreaterThan(10);
    for (const { panel, expr } of queries) {
      const { metrics, labels } = parse(expr);
      expect(metrics.length, `${panel}: ${expr}`).toBeGreaterThan(0);
      for (const series of metrics) {
        const metric = contractMetric(series);
        expect(
          metric ?? DEFAULT_METRICS.find((m) => m === series),
          `${panel}: ${series}`,
        ).toBeDefined();
        const allowed = [...COMMON_LABELS, ...(metric ? LABELS[metric]! : []), 'le'];
        for (const label of labels) expect(allowed, `${panel}: label ${label}`).toContain(label);
      }
    }
  });

  it('shows every metric of the contract', () => {
    const shown = new Set(
      queries.flatMap(({ expr }) => parse(expr).metrics.map(contractMetric)).filter(Boolean),
    );
    expect([...shown].sort()).toEqual([...METRIC_NAMES].sort());
  });

  it('shows p50 and p95 latency for requests and for GraphQL operations', () => {
    for (const histogram of HISTOGRAMS) {
      for (const quantile of ['0.5', '0.95']) {
        expect(
          queries.some(
            ({ expr }) =>
              expr.startsWith(`histogram_quantile(${quantile},`) &&
              expr.includes(`${histogram}_bucket`),
          ),
          `${histogram} ${quantile}`,
        ).toBe(true);
      }
    }
  });

  it('keeps the pieces Grafana needs to import it', () => {
    expect(dashboard.uid).toBe('neighbourhood-link');
    const ids = dashboard.panels.map((panel) => (panel as { id?: number }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a metric outside the contract (the check itself)', () => {
    const { metrics } = parse('sum by (route) (rate(nl_made_up_total{service="x"}[5m]))');
    expect(metrics).toEqual(['nl_made_up_total']);
    expect(contractMetric('nl_made_up_total')).toBeUndefined();
  });
});
