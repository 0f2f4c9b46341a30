import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startProcess, stopProcesses, waitUntilHealthy, type ProcessSpec } from './processes.ts';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface StackPorts {
  gateway: number;
  engagement: number;
  surveys: number;
  newsletters: number;
  portal: number;
}

export const DEFAULT_PORTS: StackPorts = {
  portal: 3000,
  gateway: 4000,
  engagement: 4001,
  surveys: 4002,
  newsletters: 4003,
};

export interface StackSecrets {
  /** Portal → gateway access tokens. */
  gatewayJwtSecret: string;
  /** Gateway → subgraph forwarded actors. */
  gatewaySigningSecret: string;
  /** Auth.js session cookies in the portal. */
  authSecret: string;
  /** The confirm / manage / unsubscribe links in residents' emails (newsletters). */
  linkSigningSecret: string;
  /** "Your Views" invitation tokens: signed by newsletters, verified by surveys. */
  invitationSigningSecret: string;
}

/** Where the newsletters service sends mail: a real relay, or a folder of .eml files. */
export type MailSettings = { smtpUrl: string } | { catcherDir: string };

export interface StackOptions {
  databaseUrl: string;
  ports: StackPorts;
  secrets: StackSecrets;
  seedDemoData: boolean;
  mail: MailSettings;
  logLevel?: string;
  /** Tests of the API alone leave the portal out; it must be built before it can start. */
  withPortal?: boolean;
  /** Extra settings for every process (a load test raises a limit it is not testing). */
  env?: Record<string, string>;
}

export interface RunningStack {
  urls: {
    portal: string;
    gateway: string;
    engagement: string;
    surveys: string;
    newsletters: string;
  };
  stop(): Promise<void>;
  /**
   * Stops one process and starts it again on the same port, as an operator would: the fault
   * tests take a subgraph away under a running stack and bring it back.
   */
  stopProcess(name: StackProcess): Promise<void>;
  startProcess(name: StackProcess): Promise<void>;
}

export type StackProcess = keyof StackPorts;

const SUBGRAPHS = ['engagement', 'surveys', 'newsletters'] as const;
const TYPESCRIPT = ['--import', '@oxc-node/core/register'];

/**
 * Every process of the product, as `pnpm start` runs it and as the end-to-end tests boot it:
 * three subgraphs (each migrating and seeding its own schema), then the gateway, then the portal
 * (which must have been built: see `buildPortal`).
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { ports, secrets } = options;
  const url = (port: number) => `http://127.0.0.1:${port}`;
  const base = {
    ...process.env,
    NODE_ENV: process.env['NODE_ENV'] ?? 'production',
    LOG_LEVEL: options.logLevel ?? process.env['LOG_LEVEL'] ?? 'info',
    HOST: '127.0.0.1',
    ...options.env,
  };
  const specs: Record<string, ProcessSpec> = {};
  for (const name of SUBGRAPHS) {
    specs[name] = {
      name,
      command: process.execPath,
      args: [...TYPESCRIPT, 'src/index.ts'],
      cwd: `${REPO_ROOT}services/${name}`,
      env: {
        ...base,
        PORT: String(ports[name]),
        DATABASE_URL: options.databaseUrl,
        GATEWAY_SIGNING_SECRET: secrets.gatewaySigningSecret,
        SEED_DEMO_DATA: String(options.seedDemoData),
        PORTAL_URL: `http://localhost:${ports.portal}`,
        LINK_SIGNING_SECRET: secrets.linkSigningSecret,
        INVITATION_SIGNING_SECRET: secrets.invitationSigningSecret,
        ...('smtpUrl' in options.mail
          ? { SMTP_URL: options.mail.smtpUrl }
          : { MAIL_CATCHER_DIR: options.mail.catcherDir }),
      },
    };
  }
  specs['gateway'] = {
    name: 'gateway',
    command: process.execPath,
    args: [...TYPESCRIPT, 'src/index.ts'],
    cwd: `${REPO_ROOT}gateway`,
    env: {
      ...base,
      PORT: String(ports.gateway),
      GATEWAY_JWT_SECRET: secrets.gatewayJwtSecret,
      GATEWAY_SIGNING_SECRET: secrets.gatewaySigningSecret,
      ENGAGEMENT_URL: `${url(ports.engagement)}/graphql`,
      SURVEYS_URL: `${url(ports.surveys)}/graphql`,
      NEWSLETTERS_URL: `${url(ports.newsletters)}/graphql`,
    },
  };
  specs['portal'] = {
    name: 'portal',
    command: process.execPath,
    args: ['serve.js'],
    cwd: `${REPO_ROOT}portal`,
    env: {
      ...base,
      PORT: String(ports.portal),
      ORIGIN: `http://localhost:${ports.portal}`,
      GATEWAY_URL: url(ports.gateway),
      GATEWAY_JWT_SECRET: secrets.gatewayJwtSecret,
      AUTH_SECRET: secrets.authSecret,
    },
  };

  const children = new Map<string, ChildProcess>();
  const start = (name: string) => {
    const child = startProcess(specs[name]!);
    children.set(name, child);
    return child;
  };
  const health = (name: StackProcess) =>
    name === 'portal' ? `${url(ports.portal)}/` : `${url(ports[name])}/health`;
  try {
    await Promise.all(
      SUBGRAPHS.map((name) => waitUntilHealthy(`${url(ports[name])}/health`, start(name))),
    );
    await waitUntilHealthy(`${url(ports.gateway)}/health`, start('gateway'));
    if (options.withPortal ?? true) {
      await waitUntilHealthy(`${url(ports.portal)}/`, start('portal'));
    }
  } catch (error) {
    await stopProcesses([...children.values()]);
    throw error;
  }
  return {
    urls: {
      portal: `http://localhost:${ports.portal}`,
      gateway: `${url(ports.gateway)}/graphql`,
      engagement: `${url(ports.engagement)}/graphql`,
      surveys: `${url(ports.surveys)}/graphql`,
      newsletters: `${url(ports.newsletters)}/graphql`,
    },
    stop: () => stopProcesses([...children.values()]),
    async stopProcess(name) {
      const child = children.get(name);
      if (child) await stopProcesses([child]);
    },
    startProcess: (name) => waitUntilHealthy(health(name), start(name)),
  };
}
