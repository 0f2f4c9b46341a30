import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import { codeOf, subscribe, subscribeInput } from '../support/residents.ts';

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack({ workers: false });
});
afterAll(() => stack?.close());

const choices = { neighbourhoodIds: [team.id] };

describe('sign-up limits', () => {
  it('take no rate-limit key from the caller: the client argument is gone', async () => {
    const result = await stack.harness.execute(
      `mutation($input: SubscribeInput!) { subscribe(input: $input, client: "made-up") { outcome } }`,
      { variables: { input: subscribeInput('argument@example.org', choices) } },
    );
    expect(result.errors?.[0]?.message).toMatch(/Unknown argument "client"/);
  });

  it('count a stranger’s address once, however it is dressed up and from whichever client', async () => {
    const disguises = [
      'victim@gmail.com',
      'victim+1@gmail.com',
      'VICTIM+news@gmail.com',
      'v.i.c.t.i.m@gmail.com',
      'victim+2@googlemail.com',
      'ｖｉｃｔｉｍ@gmail.com',
      'victim+3@GMAIL.com',
    ];
    const outcomes = [];
    for (const [index, address] of disguises.entries()) {
      outcomes.push(codeOf(await subscribe(stack.harness, address, choices, `client-${index}`)));
    }
    expect(outcomes.filter((code) => code === undefined)).toHaveLength(3);
    expect(outcomes.slice(3).every((code) => code === 'RATE_LIMITED')).toBe(true);
  });

  it('refuse addresses with invisible characters or mixed scripts, naming the field', async () => {
    for (const address of [
      'vic\u200btim@example.org', // zero-width space
      'vic\u2060tim@example.org', // word joiner
      'vic\u00adtim@example.org', // soft hyphen
      'vic\ufefftim@example.org', // byte-order mark
      'vi\u0441tim@example.org', // Cyrillic "с" among Latin letters
      'vict\u03bfm@example.org', // Greek omicron among Latin letters
      'victim@ex\u0430mple.org', // Cyrillic "а" in the domain
    ]) {
      const result = await subscribe(stack.harness, address, choices);
      expect(codeOf(result), JSON.stringify(address)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.['field']).toBe('email');
      expect(result.errors?.[0]?.message).toMatch(/hidden characters|mix/i);
    }
    // One script throughout is somebody's real address.
    expect((await subscribe(stack.harness, 'иван@example.org', choices)).errors).toBeUndefined();
  });

  it('allow twenty sign-ups an hour from one client, keyed at the edge', async () => {
    for (let time = 0; time < 20; time++) {
      const result = await subscribe(
        stack.harness,
        `visitor${time}@example.net`,
        choices,
        'one-browser',
      );
      expect(result.errors).toBeUndefined();
    }
    const refused = await subscribe(stack.harness, 'visitor20@example.net', choices, 'one-browser');
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.extensions?.['retryAfterSeconds']).toBeGreaterThan(0);
    expect(
      (await subscribe(stack.harness, 'visitor21@example.net', choices, 'another-browser')).errors,
    ).toBeUndefined();
  });
});
