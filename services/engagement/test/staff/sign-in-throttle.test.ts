import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_STAFF_PASSWORD, PORTAL_SERVICE } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../../src/service.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());
afterEach(() => void vi.useRealTimers());

const AUTHENTICATE = `mutation($email: String!, $password: String!) {
  authenticateStaff(email: $email, password: $password) { staff { email } }
}`;

/** A clock the test moves, so waits and locks pass without sleeping. */
let now = Date.parse('2026-12-01T09:00:00Z');
function startClock() {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
}
function wait(seconds: number) {
  now += seconds * 1000;
  vi.setSystemTime(now);
}

async function signIn(email: string, password: string, client: string) {
  const { data, errors } = await engagement.execute<{
    authenticateStaff: { staff: { email: string } } | null;
  }>(AUTHENTICATE, { variables: { email, password }, actor: PORTAL_SERVICE, client });
  if (errors) return { refused: errors[0]! };
  return { signedIn: data?.authenticateStaff !== null };
}

/** Longer than any wait for an account (4 seconds), shorter than its lock. */
const BETWEEN_TRIES = 10;

async function failRepeatedly(email: string, times: number, client: string) {
  for (let failure = 0; failure < times; failure += 1) {
    wait(BETWEEN_TRIES);
    await signIn(email, 'not the password', client);
  }
}

async function signInLater(email: string, password: string, client: string) {
  wait(BETWEEN_TRIES);
  return signIn(email, password, client);
}

describe('signing in after many wrong passwords', () => {
  it('stays refused after 30 wrong passwords, even with the right one, and says when to try again', async () => {
    startClock();
    await failRepeatedly('officer@demo.police.uk', 30, 'guesser-1');

    const outcome = await signInLater('officer@demo.police.uk', DEMO_STAFF_PASSWORD, 'guesser-1');

    expect(outcome.refused?.extensions?.['code']).toBe('RATE_LIMITED');
    expect(outcome.refused?.message).toMatch(/^Too many attempts\. Try again in \d+ minutes\.$/);
  });

  it('locks an account for 15 minutes after 5 failures, from any address, then lets the owner in', async () => {
    startClock();
    await failRepeatedly('commander@demo.police.uk', 5, 'guesser-2');
    wait(60);

    const fromElsewhere = await signIn('commander@demo.police.uk', DEMO_STAFF_PASSWORD, 'office');
    expect(fromElsewhere.refused?.message).toBe('Too many attempts. Try again in 15 minutes.');

    wait(15 * 60);
    await expect(
      signIn('commander@demo.police.uk', DEMO_STAFF_PASSWORD, 'office'),
    ).resolves.toEqual({ signedIn: true });
  });

  it('gives a locked account the same answer for a right password, a wrong one and an address with no account', async () => {
    startClock();
    await failRepeatedly('reviewer@demo.police.uk', 6, 'guesser-3');
    await failRepeatedly('nobody@demo.police.uk', 6, 'guesser-4');
    wait(60);

    const right = await signIn('reviewer@demo.police.uk', DEMO_STAFF_PASSWORD, 'guesser-5');
    const wrong = await signIn('reviewer@demo.police.uk', 'still wrong', 'guesser-5');
    const nobody = await signIn('nobody@demo.police.uk', 'anything', 'guesser-5');

    expect(right.refused?.extensions?.['code']).toBe('RATE_LIMITED');
    expect(wrong).toEqual(right);
    expect(nobody.refused?.extensions?.['code']).toBe('RATE_LIMITED');
    expect(nobody.refused?.message).toMatch(/^Too many attempts\. Try again in 1[34] minutes\.$/);
  });

  it('lets a single typo pass, then makes each next attempt wait longer, then locks', async () => {
    startClock();
    const email = 'analyst@demo.police.uk';
    await signIn(email, 'typo', 'typist');
    await expect(signIn(email, DEMO_STAFF_PASSWORD, 'typist')).resolves.toEqual({
      signedIn: true,
    });

    await signIn(email, 'wrong', 'typist');
    await signIn(email, 'wrong again', 'typist');
    const tooSoon = await signIn(email, DEMO_STAFF_PASSWORD, 'typist');
    expect(tooSoon.refused?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 1,
    });
    wait(1);
    // The fourth attempt, counting the one made too soon: 2² seconds.
    await signIn(email, 'and again', 'typist');
    const stillTooSoon = await signIn(email, DEMO_STAFF_PASSWORD, 'typist');
    expect(stillTooSoon.refused?.extensions?.['retryAfterSeconds']).toBe(4);
    wait(4);

    const locked = await signIn(email, DEMO_STAFF_PASSWORD, 'typist');
    expect(locked.refused?.message).toBe('Too many attempts. Try again in 15 minutes.');
  });

  it('locks an account after a burst of guesses, even though each came during a wait', async () => {
    startClock();
    for (let guess = 0; guess < 6; guess += 1) {
      await signIn('burst@demo.police.uk', `guess ${guess}`, 'burster');
    }
    wait(60);

    const outcome = await signIn('burst@demo.police.uk', 'guess 6', 'burster');
    expect(outcome.refused?.message).toMatch(/^Too many attempts\. Try again in 1[45] minutes\.$/);
  });

  it('starts an account afresh after a right password', async () => {
    startClock();
    for (let round = 0; round < 3; round += 1) {
      await failRepeatedly('admin@demo.police.uk', 4, 'forgetful');
      await expect(
        signInLater('admin@demo.police.uk', DEMO_STAFF_PASSWORD, 'forgetful'),
      ).resolves.toEqual({ signedIn: true });
    }
  });

  it('stops one visitor after 20 failures an hour across accounts, but not everyone else', async () => {
    startClock();
    for (let account = 0; account < 20; account += 1) {
      await signInLater(`spray-${account}@demo.police.uk`, 'Summer2026!', 'sprayer');
    }

    const sprayer = await signIn('fresh@demo.police.uk', 'Summer2026!', 'sprayer');
    expect(sprayer.refused?.extensions?.['code']).toBe('RATE_LIMITED');
    await expect(signIn('fresh@demo.police.uk', 'Summer2026!', 'someone-else')).resolves.toEqual({
      signedIn: false,
    });
  });

  it('does not count right passwords against a shared address', async () => {
    startClock();
    for (let signIns = 0; signIns < 30; signIns += 1) {
      wait(60);
      await expect(signIn('admin@demo.police.uk', DEMO_STAFF_PASSWORD, 'station')).resolves.toEqual(
        { signedIn: true },
      );
    }
  });
});
