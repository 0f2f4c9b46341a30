import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@engage/shared/testing';
import { freePort } from '../support/stack.ts';

/**
 * The README's run command itself (`pnpm start` runs exactly this), against a test database:
 * it must come up, print where everything is, serve the portal, and stop cleanly on Ctrl-C.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let database: TestDatabase;
let start: ChildProcess;
const output: string[] = [];
let portal = 0;

async function waitForLine(pattern: RegExp, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = output.find((l) => pattern.test(l));
    if (line) return line;
    if (start.exitCode !== null || Date.now() > deadline) {
      throw new Error(`No line matching ${pattern}:\n${output.slice(-30).join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  const [gateway, engagement, surveys, newsletters] = await Promise.all([
    freePort(),
    freePort(),
    freePort(),
    freePort(),
  ]);
  portal = await freePort();
  start = spawn(process.execPath, ['--import', '@oxc-node/core/register', 'infra/start/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(portal),
      GATEWAY_PORT: String(gateway),
      ENGAGEMENT_PORT: String(engagement),
      SURVEYS_PORT: String(surveys),
      NEWSLETTERS_PORT: String(newsletters),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [start.stdout!, start.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => output.push(line));
  }
  // The banner's last line: everything above it has been printed by then.
  await waitForLine(/Press Ctrl-C to stop/, 240_000);
}, 300_000);
afterAll(async () => {
  if (start && start.exitCode === null) start.kill('SIGKILL');
  await database?.drop();
});

describe('pnpm start', () => {
  it('prints the portal, the gateway and the demo sign-ins', () => {
    const printed = output.join('\n');
    expect(printed).toContain(`Portal:          http://localhost:${portal}`);
    expect(printed).toMatch(/GraphQL gateway: http:\/\/127\.0\.0\.1:\d+\/graphql/);
    expect(printed).toContain('officer@demo.police.uk');
    expect(printed).toContain('Demo sign-ins (password for all: demo-password)');
  });

  it('serves the portal’s home page with the demo force', async () => {
    const response = await fetch(`http://127.0.0.1:${portal}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('City Centre');
  });

  it('stops every process cleanly on Ctrl-C', async () => {
    const exited = new Promise<number | null>((resolve) => start.once('exit', resolve));
    start.kill('SIGINT');
    await expect(exited).resolves.toBe(0);
    expect(output.join('\n')).toContain('stopped.');
    await expect(fetch(`http://127.0.0.1:${portal}/`)).rejects.toThrow();
  });
});
