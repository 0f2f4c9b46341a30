import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startStack,
  type MailSettings,
  type RunningStack,
  type StackPorts,
  type StackSecrets,
} from '@engage/infra/stack';
import { databaseUrl, dropDatabase, ensureDatabase } from '@engage/shared';
import { createTestDatabase, testSecret, type TestDatabase } from '@engage/shared/testing';

export interface TestStack extends RunningStack {
  secrets: StackSecrets;
  /** The stack's own database, for a test that counts what was stored. */
  databaseUrl: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * In a test every browser, every resident and every member of staff reaches the portal from
 * 127.0.0.1, so the gateway's per-client request limit (one visitor's allowance, 120 a minute)
 * would count a whole journey, or a whole suite of them, as one visitor. The limit itself is
 * tested on a gateway of its own (gateway/test/limits.test.ts).
 */
const EVERY_VISITOR_FROM_LOOPBACK = {
  GATEWAY_ANONYMOUS_REQUESTS_PER_MINUTE: '100000',
  GATEWAY_STAFF_REQUESTS_PER_MINUTE: '100000',
};

/**
 * The whole product as `pnpm start` runs it (the same code), on a fresh database of the test's
 * own and on free ports, so it never meets a developer's running copy.
 */
export async function bootStack(options: {
  withPortal: boolean;
  /** Tests that read the mail pass their own SMTP server; others get a throwaway folder. */
  mail?: MailSettings;
  /** A PostgreSQL server of the test's own (the restart test); the shared test server otherwise. */
  databaseServerUrl?: string;
  env?: Record<string, string>;
}): Promise<TestStack> {
  const database: TestDatabase = options.databaseServerUrl
    ? await databaseOn(options.databaseServerUrl)
    : await createTestDatabase();
  const [portal, gateway, engagement, surveys, newsletters] = await Promise.all(
    Array.from({ length: 5 }, freePort),
  );
  const ports: StackPorts = {
    portal: portal!,
    gateway: gateway!,
    engagement: engagement!,
    surveys: surveys!,
    newsletters: newsletters!,
  };
  const secrets: StackSecrets = {
    gatewayJwtSecret: testSecret(),
    gatewaySigningSecret: testSecret(),
    authSecret: testSecret(),
    linkSigningSecret: testSecret(),
    invitationSigningSecret: testSecret(),
  };
  const mail = options.mail ?? {
    catcherDir: await mkdtemp(join(tmpdir(), 'neighbourhood-link-mail-')),
  };
  const stack = await startStack({
    databaseUrl: database.url,
    ports,
    secrets,
    seedDemoData: true,
    mail,
    logLevel: 'warn',
    withPortal: options.withPortal,
    env: { ...EVERY_VISITOR_FROM_LOOPBACK, ...options.env },
  }).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  return {
    ...stack,
    secrets,
    databaseUrl: database.url,
    async stop() {
      await stack.stop();
      await database.drop();
    },
  };
}

async function databaseOn(serverUrl: string): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(serverUrl, name);
  return {
    url: databaseUrl(serverUrl, name),
    serverUrl,
    drop: () => dropDatabase(serverUrl, name),
  };
}

export async function graphql<Data>(
  url: string,
  query: string,
  options: {
    token?: string;
    headers?: Record<string, string>;
    variables?: Record<string, unknown>;
    signal?: AbortSignal;
  } = {},
): Promise<{
  status: number;
  data?: Data;
  errors?: { message: string; extensions?: { code?: string } }[];
}> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return { status: response.status, ...((await response.json()) as object) };
}
