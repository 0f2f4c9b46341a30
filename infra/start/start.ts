/**
 * `pnpm start`: the whole product on one machine. Uses DATABASE_URL when set, otherwise a private
 * embedded PostgreSQL under .data/postgres; migrates and seeds the demo force (once: a second
 * start changes nothing); starts the subgraphs, gateway and portal with one combined log; stops
 * everything on Ctrl-C.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  createLogger,
  DEMO_STAFF,
  DEMO_STAFF_PASSWORD,
  databaseUrl,
  ensureDatabase,
  env,
  loadConfig,
  startEmbeddedPostgresProcess,
  type EmbeddedDatabase,
} from '@engage/shared';
import { buildPortal } from './build-portal.ts';
import { writeLine } from './processes.ts';
import { DEFAULT_PORTS, REPO_ROOT, startStack } from './stack.ts';

/** The embedded server's port: not 5432, which belongs to a machine's own PostgreSQL. */
const EMBEDDED_PORT = 5488;
const DATABASE = 'neighbourhood_link';

// The launcher's own events join the combined log like every process's.
const logger = createLogger('start', undefined, {
  write: (line) => writeLine('start', line.trim()),
});
const config = loadConfig({
  DATABASE_URL: env.databaseUrl().optional(),
  PORT: env.port(DEFAULT_PORTS.portal),
  GATEWAY_PORT: env.port(DEFAULT_PORTS.gateway),
  ENGAGEMENT_PORT: env.port(DEFAULT_PORTS.engagement),
  SURVEYS_PORT: env.port(DEFAULT_PORTS.surveys),
  NEWSLETTERS_PORT: env.port(DEFAULT_PORTS.newsletters),
  SEED_DEMO_DATA: env.flag(true),
  // Secrets are made fresh for each start unless given (staff then sign in again after a restart).
  GATEWAY_JWT_SECRET: env.secret().optional(),
  GATEWAY_SIGNING_SECRET: env.secret().optional(),
  AUTH_SECRET: env.secret().optional(),
  // The links in emails must keep working across restarts: when not given, these two are made
  // once and kept in .data/link-secrets.json (see linkSecrets below).
  LINK_SIGNING_SECRET: env.secret().optional(),
  INVITATION_SIGNING_SECRET: env.secret().optional(),
  // With no relay, mail is written as .eml files to .data/mail for the developer to open.
  SMTP_URL: env.smtpUrl().optional(),
});
const secret = () => randomBytes(32).toString('hex');
const MAIL_CATCHER_DIR = join(REPO_ROOT, '.data', 'mail');

/** The email-link secrets: from the environment, else made on the first start and kept. */
async function linkSecrets() {
  const file = join(REPO_ROOT, '.data', 'link-secrets.json');
  const kept = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as Record<string, string>)
    .catch(() => ({}) as Record<string, string>);
  const secrets = {
    linkSigningSecret: config.LINK_SIGNING_SECRET ?? kept['linkSigningSecret'] ?? secret(),
    invitationSigningSecret:
      config.INVITATION_SIGNING_SECRET ?? kept['invitationSigningSecret'] ?? secret(),
  };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

let embedded: EmbeddedDatabase | undefined;
let url = config.DATABASE_URL;
if (!url) {
  embedded = await startEmbeddedPostgresProcess({
    dir: join(REPO_ROOT, '.data', 'postgres'),
    port: EMBEDDED_PORT,
    logger,
  });
  await ensureDatabase(embedded.serverUrl, DATABASE);
  url = databaseUrl(embedded.serverUrl, DATABASE);
}

await buildPortal();
const stack = await startStack({
  databaseUrl: url,
  ports: {
    portal: config.PORT,
    gateway: config.GATEWAY_PORT,
    engagement: config.ENGAGEMENT_PORT,
    surveys: config.SURVEYS_PORT,
    newsletters: config.NEWSLETTERS_PORT,
  },
  secrets: {
    gatewayJwtSecret: config.GATEWAY_JWT_SECRET ?? secret(),
    gatewaySigningSecret: config.GATEWAY_SIGNING_SECRET ?? secret(),
    authSecret: config.AUTH_SECRET ?? secret(),
    ...(await linkSecrets()),
  },
  seedDemoData: config.SEED_DEMO_DATA,
  mail: config.SMTP_URL ? { smtpUrl: config.SMTP_URL } : { catcherDir: MAIL_CATCHER_DIR },
}).catch(async (error: unknown) => {
  await embedded?.stop();
  throw error;
});

const banner = [
  '',
  'Neighbourhood Link is running.',
  `  Portal:          ${stack.urls.portal}`,
  `  Staff sign-in:   ${stack.urls.portal}/staff`,
  `  GraphQL gateway: ${stack.urls.gateway}`,
  `  Mail:            ${config.SMTP_URL ? 'SMTP_URL' : `.eml files in ${MAIL_CATCHER_DIR}`}`,
  `  Database:        ${embedded ? `embedded PostgreSQL on 127.0.0.1:${EMBEDDED_PORT} (.data/postgres)` : 'DATABASE_URL'}`,
  '',
  `Demo sign-ins (password for all: ${DEMO_STAFF_PASSWORD}):`,
  ...DEMO_STAFF.map(({ role, email }) => `  ${role.padEnd(10)} ${email}`),
  '',
  'Press Ctrl-C to stop.',
  '',
];
for (const line of banner) writeLine('start', line);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    writeLine('start', 'stopping…');
    await stack.stop();
    await embedded?.stop();
    writeLine('start', 'stopped.');
    process.exit(0);
  });
}
