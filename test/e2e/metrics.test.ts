import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE } from '@engage/shared';
import { METRIC_NAMES } from '@engage/shared/metrics';
import { startSmtpTestServer, type SmtpTestServer } from '@engage/shared/testing';
import { buildPortal } from '@engage/infra/build-portal';
import { bootStack, graphql, type TestStack } from '../support/stack.ts';

/**
 * Issue 15's "/metrics on each process shows the figures after a journey": the whole product as
 * `pnpm start` runs it, a page, a query and a newsletter sign-up through the gateway, then every
 * process's /metrics is read and the figures must have moved. Counts only, never durations.
 */

const team = DEMO_FORCE[2]!.neighbourhoods[1]!;
const RESIDENT = 'counted.resident@example.net';

let stack: TestStack;
let smtp: SmtpTestServer;
beforeAll(async () => {
  await buildPortal();
  smtp = await startSmtpTestServer();
  stack = await bootStack({ withPortal: true, mail: { smtpUrl: smtp.url } });
}, 300_000);
afterAll(async () => {
  await stack?.stop();
  await smtp?.close();
});

const origin = (url: string) => new URL(url).origin;
const processes = () => ({
  portal: origin(stack.urls.portal),
  gateway: origin(stack.urls.gateway),
  engagement: origin(stack.urls.engagement),
  surveys: origin(stack.urls.surveys),
  newsletters: origin(stack.urls.newsletters),
});

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The Prometheus text format, one sample a line (no escaped quotes in our label values). */
function parse(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample line: ${line}`);
      const labels = Object.fromEntries(
        [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value]),
      );
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

async function scrape(url: string): Promise<Sample[]> {
  const response = await fetch(`${url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return parse(await response.text());
}

/** The sum of the samples of one series name whose labels include `labels`. */
function total(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples
    .filter((sample) => sample.name === name)
    .filter((sample) =>
      Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
    )
    .reduce((sum, sample) => sum + sample.value, 0);
}

const REQUESTS = 'nl_http_request_duration_seconds_count';
const OPERATIONS = 'nl_graphql_operation_duration_seconds_count';

describe('/metrics after a journey', () => {
  it('counts requests by route template, operations, mail sent and events relayed on every process', async () => {
    const urls = processes();
    const before = Object.fromEntries(
      await Promise.all(
        Object.entries(urls).map(async ([name, url]) => [name, await scrape(url)] as const),
      ),
    );

    // A resident opens their team's page (the portal asks the gateway, which asks the subgraphs)…
    const page = await fetch(`${urls.portal}/neighbourhoods/${team.slug}`);
    expect(page.status).toBe(200);
    await page.text();
    // …a named query straight to the gateway…
    const named = await graphql<{ neighbourhood: { id: string } | null }>(
      stack.urls.gateway,
      `
        query MetricsJourneyTeam($slug: String!) {
          neighbourhood(slug: $slug) {
            id
          }
        }
      `,
      { variables: { slug: team.slug } },
    );
    expect(named.errors).toBeUndefined();
    // …and signs up for the newsletter: the confirmation mail goes to the test SMTP server.
    const signUp = await graphql<{ subscribe: { outcome: string } }>(
      stack.urls.gateway,
      `
        mutation MetricsJourneySignUp($input: SubscribeInput!) {
          subscribe(input: $input) {
            outcome
          }
        }
      `,
      {
        variables: {
          input: {
            email: RESIDENT,
            neighbourhoodIds: [team.id],
            policingAreaIds: [],
            interests: ['NEWSLETTER'],
            language: 'EN',
            format: 'PLAIN_TEXT',
          },
        },
      },
    );
    expect(signUp.errors).toBeUndefined();
    await smtp.waitForMailTo(RESIDENT);

    // The worker counts a mail just after the relay accepts it; read until the count shows.
    let newsletters = await scrape(urls.newsletters);
    while (total(newsletters, 'nl_mails_total', { outcome: 'sent' }) === 0) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      newsletters = await scrape(urls.newsletters);
    }
    const after = {
      portal: await scrape(urls.portal),
      gateway: await scrape(urls.gateway),
      engagement: await scrape(urls.engagement),
      surveys: await scrape(urls.surveys),
      newsletters,
    };
    const moved = (process: keyof typeof after, name: string, labels: Record<string, string>) =>
      total(after[process], name, labels) - total(before[process]!, name, labels);

    // The portal counts the page under its route template, never the raw URL.
    expect(
      moved('portal', REQUESTS, { route: '/neighbourhoods/[slug]', method: 'GET', status: '200' }),
    ).toBe(1);
    expect(after.portal.some((sample) => sample.labels['route']?.includes(team.slug))).toBe(false);

    // The gateway: both requests on /graphql, and each operation under its own name.
    expect(
      moved('gateway', REQUESTS, { route: '/graphql', method: 'POST' }),
    ).toBeGreaterThanOrEqual(2);
    expect(moved('gateway', OPERATIONS, { operation: 'MetricsJourneyTeam', type: 'query' })).toBe(
      1,
    );
    expect(
      moved('gateway', OPERATIONS, { operation: 'MetricsJourneySignUp', type: 'mutation' }),
    ).toBe(1);

    // The subgraphs saw the gateway's requests on /graphql, and timed their operations.
    expect(moved('newsletters', REQUESTS, { route: '/graphql' })).toBeGreaterThanOrEqual(1);
    expect(moved('engagement', REQUESTS, { route: '/graphql' })).toBeGreaterThanOrEqual(1);
    expect(moved('newsletters', OPERATIONS, {})).toBeGreaterThanOrEqual(1);

    // Newsletters: the confirmation counted as sent, by kind.
    expect(moved('newsletters', 'nl_mails_total', { outcome: 'sent' })).toBe(1);

    // Every process labels its series with its name, and serves the default process metrics.
    for (const [name, samples] of Object.entries(after)) {
      expect(samples.find((sample) => sample.name === REQUESTS)?.labels['service']).toBe(name);
      expect(samples.some((sample) => sample.name === 'process_cpu_user_seconds_total')).toBe(true);
    }

    // Subgraphs report their pool and the queues (each exists, with its labels).
    for (const name of ['engagement', 'surveys', 'newsletters'] as const) {
      const samples = after[name];
      for (const state of ['total', 'idle', 'waiting']) {
        expect(
          samples.some((s) => s.name === 'nl_db_pool_connections' && s.labels['state'] === state),
        ).toBe(true);
      }
      expect(total(samples, 'nl_db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
      expect(
        samples.some((s) => s.name === 'nl_queue_jobs' && s.labels['state'] === 'waiting'),
      ).toBe(true);
      expect(samples.some((s) => s.name === 'nl_queue_oldest_job_age_seconds')).toBe(true);
    }

    // Each of the contract's names is served by at least one process.
    const served = new Set(
      Object.values(after).flatMap((samples) =>
        samples.map((sample) => sample.name.replace(/_(bucket|count|sum)$/, '')),
      ),
    );
    for (const name of METRIC_NAMES) {
      if (name === 'nl_graphql_errors_total' || name === 'nl_events_relayed_total') continue;
      expect(served, name).toContain(name);
    }
  }, 240_000);

  it('counts events moved from the outbox, and GraphQL errors by code', async () => {
    const urls = processes();
    // Seeding a fresh database published events (teams announced, newsletters published);
    // the relays of the services that wrote them moved them to the queue, and counted them.
    const relayed = async () => {
      let sum = 0;
      for (const url of [urls.engagement, urls.surveys, urls.newsletters]) {
        sum += total(await scrape(url), 'nl_events_relayed_total');
      }
      return sum;
    };
    while ((await relayed()) === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await relayed()).toBeGreaterThan(0);

    const before = await scrape(urls.gateway);
    const refused = await graphql(
      stack.urls.gateway,
      `
        query MetricsJourneyBad {
          noSuchField
        }
      `,
    );
    expect(refused.errors).toBeDefined();
    const after = await scrape(urls.gateway);
    expect(
      total(after, 'nl_graphql_errors_total', { operation: '(unresolved)' }) -
        total(before, 'nl_graphql_errors_total', { operation: '(unresolved)' }),
    ).toBe(1);
  });

  it('answers probes on every process', async () => {
    for (const url of Object.values(processes())) {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ok' });
      expect((await fetch(`${url}/health`)).status).toBe(200);
    }
  });
});
