import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { ResidentLanguage } from '@engage/shared/languages';
import { type SubgraphHarness, headerOf, type ReceivedMail } from '@engage/shared/testing';

export const SUBSCRIBE = `mutation($input: SubscribeInput!) {
  subscribe(input: $input) { outcome }
}`;

export const CONFIRM = `mutation($token: String!) {
  confirmSubscription(token: $token) { email status interests language format }
}`;

export const UNSUBSCRIBE = `mutation($token: String!) { unsubscribe(token: $token) { email } }`;

export interface Choices {
  neighbourhoodIds?: string[];
  policingAreaIds?: string[];
  interests?: string[];
  language?: ResidentLanguage;
  format?: 'HTML' | 'PLAIN_TEXT' | 'LARGE_PRINT';
}

export function subscribeInput(email: string, choices: Choices = {}) {
  return {
    email,
    neighbourhoodIds: choices.neighbourhoodIds ?? [],
    policingAreaIds: choices.policingAreaIds ?? [],
    interests: choices.interests ?? ['NEWSLETTER', 'EVENTS', 'SURVEYS'],
    language: choices.language ?? 'EN',
    format: choices.format ?? 'HTML',
  };
}

/**
 * A sign-up from `client` (the edge's key for the visitor's browser), by default a visitor of its
 * own, so tests that are not about the per-client limit do not share one.
 */
export async function subscribe(
  harness: SubgraphHarness,
  email: string,
  choices: Choices = {},
  client: string = randomUUID(),
) {
  return harness.execute<{ subscribe: { outcome: string } }>(SUBSCRIBE, {
    variables: { input: subscribeInput(email, choices) },
    client,
  });
}

/** The token of the first link in a mail's text that goes to `path` (e.g. subscriptions/confirm). */
export function linkToken(mail: ReceivedMail, path: string): string {
  const text = `${mail.parsed.text ?? ''}\n${typeof mail.parsed.html === 'string' ? mail.parsed.html : ''}`;
  const match = new RegExp(`${path.replace('/', '\\/')}\\?token=([A-Za-z0-9._~%-]+)`).exec(text);
  expect(match, `a ${path} link in the mail to ${mail.to}`).not.toBeNull();
  return decodeURIComponent(match![1]!);
}

export async function confirm(harness: SubgraphHarness, mail: ReceivedMail) {
  const result = await harness.execute<{ confirmSubscription: { status: string } }>(CONFIRM, {
    variables: { token: linkToken(mail, 'subscriptions/confirm') },
  });
  expect(result.errors).toBeUndefined();
  return result;
}

export const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.['code'];

/** The token in a mail's List-Unsubscribe URL (the one-click link a mail program offers). */
export function unsubscribeTokenOf(mail: ReceivedMail): string {
  const header = headerOf(mail, 'List-Unsubscribe');
  expect(header, `a List-Unsubscribe header in the mail to ${mail.to}`).toBeDefined();
  return new URL(/<(https?:[^>]+)>/.exec(header!)![1]!).searchParams.get('token')!;
}
