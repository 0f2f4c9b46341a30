import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Delivery } from '../../src/modules/delivery/delivery.entity.ts';
import { Subscriber } from '../../src/modules/subscribers/subscriber.entity.ts';
import { officer, reviewer } from '../support/actors.ts';
import { APPROVE, as, content, CREATE, PUBLISH, SUBMIT, UPDATE } from '../support/editorial.ts';
import {
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';

/** 30 subscribers: two send jobs (25 + 5), and the crash lands inside the first. */
const SUBSCRIBERS = 30;
const KILL_ON_MESSAGE = 7;

const serviceRoot = fileURLToPath(new URL('../..', import.meta.url));
const entry = fileURLToPath(new URL('../support/mail-worker-entry.ts', import.meta.url));

let stack: NewsletterTestStack;
let worker: ChildProcess | undefined;
const killed: number[] = [];

function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', '@oxc-node/core/register', entry], {
    cwd: serviceRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) =>
      reject(new Error(`the worker exited (${code}) before it was ready`)),
    );
  });
}

beforeAll(async () => {
  stack = await startNewsletterTestStack({
    workers: false,
    smtp: {
      // The server takes the message in, and before answering "250 OK" the sender dies: the
      // worst moment, when the delivery is SENDING and the message is not yet accepted.
      beforeAccept(attempt) {
        if (attempt !== KILL_ON_MESSAGE || !worker?.pid) return;
        killed.push(worker.pid);
        worker.kill('SIGKILL');
        throw Object.assign(new Error('connection lost'), { responseCode: 421 });
      },
    },
  });
});
afterAll(async () => {
  worker?.kill('SIGKILL');
  await stack?.close();
});

describe('a mail worker killed mid-send', () => {
  it('after a restart, every confirmed subscriber has exactly one newsletter and nobody is skipped', async () => {
    const em = stack.harness.orm.em.fork();
    const addresses = Array.from(
      { length: SUBSCRIBERS },
      (_, index) => `crash${index}@example.org`,
    );
    for (const email of addresses) {
      em.create(Subscriber, {
        id: randomUUID(),
        email,
        emailKey: email,
        status: 'CONFIRMED',
        neighbourhoodIds: [team.id],
        interests: ['NEWSLETTER'],
        confirmedAt: new Date(),
      });
    }
    await em.flush();
    const { createNewsletterDraft: issue } = await as(stack.harness, officer, CREATE, {
      input: { neighbourhoodId: team.id, month: '2031-01' },
    });
    await as(stack.harness, officer, UPDATE, { id: issue!.id, input: content });
    await as(stack.harness, officer, SUBMIT, { id: issue!.id });
    await as(stack.harness, reviewer, APPROVE, { id: issue!.id });
    await as(stack.harness, officer, PUBLISH, { id: issue!.id });

    worker = await startWorker(stack.env);
    const first = worker;
    await new Promise((resolve) => first.once('exit', resolve));
    expect(killed).toEqual([first.pid]);
    expect(stack.smtp.received).toHaveLength(KILL_ON_MESSAGE - 1);

    worker = await startWorker(stack.env);
    await stack.smtp.waitFor(SUBSCRIBERS, 60_000);
    await waitUntil(
      async () =>
        (await stack.harness.orm.em
          .fork()
          .count(Delivery, { subjectId: issue!.id, status: 'SENT' })) === SUBSCRIBERS,
    );

    const perAddress = new Map<string, number>();
    for (const mail of stack.smtp.received)
      perAddress.set(mail.to, (perAddress.get(mail.to) ?? 0) + 1);
    expect([...perAddress.keys()].sort()).toEqual([...addresses].sort());
    expect([...perAddress.values()].every((count) => count === 1)).toBe(true);
    // The message the crash interrupted was sent again, under the same Message-ID.
    const interrupted = await stack.harness.orm.em
      .fork()
      .find(Delivery, { subjectId: issue!.id, attempts: { $gt: 1 } });
    expect(interrupted).toHaveLength(1);
    const resent = stack.smtp.mailsTo(interrupted[0]!.emailAddress!)[0]!;
    expect(resent.parsed.messageId).toBe(`<${interrupted[0]!.id}@neighbourhood-link.example>`);
  }, 120_000);
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 30_000) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out waiting');
}
