import { describe, expect, it } from 'vitest';
import {
  confirmSubscriptionUrl,
  emailLinkUrl,
  subscriberLinks,
} from '../../src/modules/links/email-links.ts';
import { createLinkTokens } from '../../src/modules/links/link-tokens.ts';

const tokens = createLinkTokens('a-test-secret-that-is-long-enough-0123456789');
const SUBSCRIBER = '3f2b8c1e-6a4d-4e2f-9b1a-7c5d3e8f0a12';
const SENT_AT = new Date('2026-10-01T09:00:00Z');

describe('the links in a resident’s email', () => {
  it('point at the portal’s confirm, manage and unsubscribe pages', () => {
    const base = 'https://portal.example';
    expect(emailLinkUrl(base, 'CONFIRM_SUBSCRIPTION', 'abc')).toBe(
      'https://portal.example/subscriptions/confirm?token=abc',
    );
    expect(emailLinkUrl(base, 'MANAGE_PREFERENCES', 'abc')).toBe(
      'https://portal.example/subscriptions/manage?token=abc',
    );
    expect(emailLinkUrl(base, 'UNSUBSCRIBE', 'abc')).toBe(
      'https://portal.example/subscriptions/unsubscribe?token=abc',
    );
  });

  it.each(['https://force.example/neighbourhoods', 'https://force.example/neighbourhoods/'])(
    'keep the path of a portal served under %s',
    (base) => {
      expect(emailLinkUrl(base, 'UNSUBSCRIBE', 'abc')).toBe(
        'https://force.example/neighbourhoods/subscriptions/unsubscribe?token=abc',
      );
    },
  );

  it('encode a token that contains characters with meaning in a URL', () => {
    expect(emailLinkUrl('https://portal.example', 'MANAGE_PREFERENCES', 'a+b/c=d&e f#g')).toBe(
      'https://portal.example/subscriptions/manage?token=a%2Bb%2Fc%3Dd%26e+f%23g',
    );
  });

  it('carry tokens that the portal can read back for the right purpose', () => {
    const links = subscriberLinks('https://portal.example/', tokens, SUBSCRIBER, SENT_AT);
    const confirm = confirmSubscriptionUrl('https://portal.example/', tokens, SUBSCRIBER, SENT_AT);
    const tokenOf = (href: string) => new URL(href).searchParams.get('token') ?? '';
    const later = new Date('2026-10-02T09:00:00Z');

    expect(new URL(links.manage).pathname).toBe('/subscriptions/manage');
    expect(new URL(links.unsubscribe).pathname).toBe('/subscriptions/unsubscribe');
    expect(new URL(confirm).pathname).toBe('/subscriptions/confirm');
    expect(tokens.verify('MANAGE_PREFERENCES', tokenOf(links.manage), later)).toEqual({
      kind: 'valid',
      subscriberId: SUBSCRIBER,
    });
    expect(tokens.verify('UNSUBSCRIBE', tokenOf(links.unsubscribe), later).kind).toBe('valid');
    expect(tokens.verify('CONFIRM_SUBSCRIPTION', tokenOf(confirm), later).kind).toBe('valid');
  });

  it.each(['https://portal.example/?x=1', 'https://portal.example/#top', 'ftp://portal.example/'])(
    'are refused for a base URL that would make a broken link (%s)',
    (base) => {
      expect(() => emailLinkUrl(base, 'UNSUBSCRIBE', 'abc')).toThrow(TypeError);
    },
  );
});
