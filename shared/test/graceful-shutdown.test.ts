import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const FIXTURE = fileURLToPath(new URL('./support/slow-server.ts', import.meta.url));

async function startSlowServer(release: string) {
  const child = spawn(process.execPath, ['--import', '@oxc-node/core/register', FIXTURE], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    env: { ...process.env, RELEASE_FILE: release, SHUTDOWN_DELAY_MS: '2000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) return { child, url: (JSON.parse(line) as { url: string }).url };
  throw new Error(`the fixture exited (${child.exitCode}) without printing its URL`);
}

/** Resolves to 'refused' when a new TCP connection is refused, 'accepted' when it is taken. */
function tryConnect(url: string): Promise<'accepted' | 'refused'> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    socket.once('connect', () => {
      socket.destroy();
      resolve('accepted');
    });
    socket.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNREFUSED' ? resolve('refused') : reject(error),
    );
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

let running: ChildProcess | undefined;
afterEach(() => {
  if (running?.exitCode === null) running.kill('SIGKILL');
});

describe('graceful shutdown on SIGTERM', () => {
  it('turns not-ready first, then refuses new connections, and lets a request in flight finish', async () => {
    const release = join(await mkdtemp(join(tmpdir(), 'graceful-')), 'release');
    const { child, url } = await startSlowServer(release);
    running = child;
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    const inFlight = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ slow }' }),
    });
    // The request has reached the resolver once the server has it; give it a moment to arrive.
    await sleep(300);
    child.kill('SIGTERM');

    // Readiness turns 503 while the listener still answers: a load balancer drains first.
    let readiness = 200;
    let body: unknown;
    while (readiness === 200) {
      const response = await fetch(`${url}/readyz`, { headers: { connection: 'close' } });
      readiness = response.status;
      body = await response.json();
    }
    expect(readiness).toBe(503);
    expect(body).toEqual({ status: 'unavailable', notReady: ['shutting down'] });
    expect((await fetch(`${url}/healthz`, { headers: { connection: 'close' } })).status).toBe(200);

    // Then the listener closes: a new connection is refused, though a request is still running.
    while ((await tryConnect(url)) === 'accepted') await sleep(50);
    expect(await tryConnect(url)).toBe('refused');
    expect(child.exitCode).toBeNull();

    // The request in flight finishes with its answer, and only then does the process exit.
    await writeFile(release, '');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { slow: 'finished' } });
    expect(await exited(child)).toBe(0);
  });
});
