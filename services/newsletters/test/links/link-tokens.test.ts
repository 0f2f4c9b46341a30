import { describe, expect, it } from 'vitest';
import {
  createLinkTokens,
  LINK_LIFETIME_SECONDS,
  LINK_PURPOSES,
  LinkTokenSecretError,
} from '../../src/modules/links/link-tokens.ts';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const OTHER_SECRET = 'another-test-secret-long-enough-9876543210';
const SUBSCRIBER = '3f2b8c1e-6a4d-4e2f-9b1a-7c5d3e8f0a12';
const SENT_AT = new Date('2026-10-01T09:00:00Z');
const tokens = createLinkTokens(SECRET);

const after = (seconds: number) => new Date(SENT_AT.getTime() + seconds * 1000);

/** Changes one character of a token at a position, keeping it in the same alphabet. */
function changeCharacterAt(token: string, index: number): string {
  const replacement = token[index] === 'a' ? 'b' : 'a';
  return token.slice(0, index) + replacement + token.slice(index + 1);
}

describe('a resident’s email link token', () => {
  it.each(LINK_PURPOSES)('signed for %s, names the subscriber it was made for', (purpose) => {
    const token = tokens.sign(purpose, SUBSCRIBER, SENT_AT);
    expect(tokens.verify(purpose, token, after(60))).toEqual({
      kind: 'valid',
      subscriberId: SUBSCRIBER,
    });
  });

  it('is short and made only of characters that need no escaping in a URL', () => {
    const token = tokens.sign('UNSUBSCRIBE', SUBSCRIBER, SENT_AT);
    expect(token.length).toBeLessThanOrEqual(100);
    expect(token).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it('made for one purpose is never accepted for another', () => {
    for (const signedFor of LINK_PURPOSES) {
      const token = tokens.sign(signedFor, SUBSCRIBER, SENT_AT);
      for (const usedFor of LINK_PURPOSES.filter((purpose) => purpose !== signedFor)) {
        expect(tokens.verify(usedFor, token, after(60))).toEqual({ kind: 'invalid' });
      }
    }
  });

  it('to confirm a subscription works for 7 days and then says it has expired', () => {
    const token = tokens.sign('CONFIRM_SUBSCRIPTION', SUBSCRIBER, SENT_AT);
    const sevenDays = 7 * 24 * 60 * 60;
    expect(LINK_LIFETIME_SECONDS.CONFIRM_SUBSCRIPTION).toBe(sevenDays);
    expect(tokens.verify('CONFIRM_SUBSCRIPTION', token, after(sevenDays - 1)).kind).toBe('valid');
    expect(tokens.verify('CONFIRM_SUBSCRIPTION', token, after(sevenDays))).toEqual({
      kind: 'expired',
      subscriberId: SUBSCRIBER,
    });
  });

  it.each(['MANAGE_PREFERENCES', 'UNSUBSCRIBE'] as const)(
    'for %s works for a year, so a link in an old email still works, and then expires',
    (purpose) => {
      const token = tokens.sign(purpose, SUBSCRIBER, SENT_AT);
      const oneYear = 365 * 24 * 60 * 60;
      expect(tokens.verify(purpose, token, after(oneYear - 1)).kind).toBe('valid');
      expect(tokens.verify(purpose, token, after(oneYear)).kind).toBe('expired');
    },
  );

  it('with any one character changed is not valid, and never reported as merely expired', () => {
    const token = tokens.sign('MANAGE_PREFERENCES', SUBSCRIBER, SENT_AT);
    const muchLater = after(2 * 365 * 24 * 60 * 60);
    for (let index = 0; index < token.length; index += 1) {
      const tampered = changeCharacterAt(token, index);
      expect(tokens.verify('MANAGE_PREFERENCES', tampered, after(60))).toEqual({ kind: 'invalid' });
      expect(tokens.verify('MANAGE_PREFERENCES', tampered, muchLater)).toEqual({ kind: 'invalid' });
    }
  });

  it('with a later expiry written into it is not valid', () => {
    const [code, id, expiresAt, mac] = tokens
      .sign('CONFIRM_SUBSCRIPTION', SUBSCRIBER, SENT_AT)
      .split('.');
    const extended = [code, id, (parseInt(expiresAt!, 36) + 3600).toString(36), mac].join('.');
    expect(tokens.verify('CONFIRM_SUBSCRIPTION', extended, after(60))).toEqual({ kind: 'invalid' });
  });

  it('signed with another secret is not valid', () => {
    const token = createLinkTokens(OTHER_SECRET).sign('UNSUBSCRIBE', SUBSCRIBER, SENT_AT);
    expect(tokens.verify('UNSUBSCRIBE', token, after(60))).toEqual({ kind: 'invalid' });
  });

  it.each(['', 'not-a-token', 'a.b.c.d', `u.${SUBSCRIBER}.zz.`, '%00'])(
    'that is malformed (%j) is not valid',
    (token) => {
      expect(tokens.verify('UNSUBSCRIBE', token, after(60))).toEqual({ kind: 'invalid' });
    },
  );

  it('cannot be made with a secret shorter than 32 characters', () => {
    expect(() => createLinkTokens('x'.repeat(31))).toThrow(LinkTokenSecretError);
    expect(() => createLinkTokens('x'.repeat(32))).not.toThrow();
  });

  it('cannot be made for a subscriber id that is not a UUID', () => {
    expect(() => tokens.sign('UNSUBSCRIBE', 'alice@example.com', SENT_AT)).toThrow(TypeError);
  });
});
