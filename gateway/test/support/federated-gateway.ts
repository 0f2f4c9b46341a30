import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { engagementService } from '@engage/engagement/service';
import { newslettersService } from '@engage/newsletters/service';
import { ANONYMOUS, createLogger, signAccessToken, type Actor } from '@engage/shared';
import { startService, type RunningService } from '@engage/shared/graphql';
import { createTestDatabase, testSecret, type TestDatabase } from '@engage/shared/testing';
import { surveysService } from '@engage/surveys/service';
import { composeSupergraph } from '../../src/compose/compose.ts';
import { startGateway, type GatewaySettings } from '../../src/gateway.ts';

/** One JSON line the gateway logged, as pino writes it. */
export interface LogLine {
  level: number;
  msg: string;
  err?: { stack?: string };
  [key: string]: unknown;
}

export interface QueryOptions {
  actor?: Actor;
  /** The visitor's key the portal would sign into the token (what rate limits count against). */
  client?: string;
  variables?: Record<string, unknown>;
}

export interface GatewayUnderTest {
  url: string;
  /** Everything the gateway itself logged, to prove what is (and is not) written. */
  logs: LogLine[];
  query<Data>(query: string, options?: QueryOptions): Promise<GraphQLReply<Data>>;
  stop(): Promise<void>;
}

export interface FederatedGateway extends GatewayUnderTest {
  /** Everything the subgraphs logged. */
  subgraphLogs: LogLine[];
  /** Another gateway over the same subgraphs, with other limits; stopped with this one. */
  withLimits(limits: GatewaySettings['limits']): Promise<GatewayUnderTest>;
}

export interface GraphQLReply<Data> {
  status: number;
  headers: Headers;
  data?: Data | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  /** The raw body, to look for anything that must not be there. */
  text: string;
}

function capture(lines: LogLine[]) {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        lines.push(JSON.parse(line) as LogLine);
      }
      done();
    },
  });
}

/**
 * The real gateway over the three real subgraphs, seeded with the demo force (9 areas, 54
 * teams), on a database of the test file's own. `limits` overrides the gateway's limits.
 */
export async function startFederatedGateway(
  limits: GatewaySettings['limits'] = {},
): Promise<FederatedGateway> {
  const secrets = { access: testSecret(), signing: testSecret() };
  process.env['INVITATION_SIGNING_SECRET'] ??= testSecret();
  process.env['LINK_SIGNING_SECRET'] ??= testSecret();
  process.env['PORTAL_URL'] ??= 'http://127.0.0.1:5173';
  process.env['MAIL_CATCHER_DIR'] ??= await mkdtemp(join(tmpdir(), 'gateway-test-mail-'));
  const database: TestDatabase = await createTestDatabase();
  const subgraphLogs: LogLine[] = [];
  const subgraphLogger = createLogger('subgraph', 'warn', capture(subgraphLogs));
  const services: RunningService[] = [];
  const gateways: GatewayUnderTest[] = [];
  const stop = async () => {
    for (const gateway of gateways) await gateway.stop();
    for (const service of services) await service.stop();
    await database.drop();
  };
  const startOne = async (limits: GatewaySettings['limits']) => {
    const [engagement, surveys, newsletters] = services;
    const logs: LogLine[] = [];
    const gateway = await startGateway({
      supergraphSdl: await composeSupergraph(),
      subgraphUrls: {
        engagement: `${engagement!.url}/graphql`,
        surveys: `${surveys!.url}/graphql`,
        newsletters: `${newsletters!.url}/graphql`,
      },
      accessSecret: secrets.access,
      signingSecret: secrets.signing,
      port: 0,
      logger: createLogger('gateway', 'info', capture(logs)),
      limits,
    });
    const started = client(`${gateway.url}/graphql`, secrets.access, logs, () => gateway.stop());
    gateways.push(started);
    return started;
  };
  try {
    const settings = {
      databaseUrl: database.url,
      port: 0,
      gatewaySecret: secrets.signing,
      seedDemoData: true,
      logger: subgraphLogger,
    };
    services.push(await startService(engagementService, settings));
    services.push(await startService(surveysService, settings));
    services.push(await startService(newslettersService, settings));
    const first = await startOne(limits);
    return { ...first, subgraphLogs, withLimits: startOne, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function client(
  url: string,
  accessSecret: string,
  logs: LogLine[],
  stop: () => Promise<void>,
): GatewayUnderTest {
  return {
    url,
    logs,
    async query<Data>(query: string, options: QueryOptions = {}) {
      const { actor, client } = options;
      const token =
        actor || client ? await signAccessToken(actor ?? ANONYMOUS, accessSecret, client) : null;
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as Omit<GraphQLReply<Data>, 'status' | 'headers' | 'text'>;
      return { status: response.status, headers: response.headers, text, ...body };
    },
    stop,
  };
}
