import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring tokens for the links in a resident's emails. Residents have no accounts: the
 * token in the link is the only proof that the person clicking received the email.
 *
 * Format: `<purpose>.<subscriberId>.<expiresAt>.<mac>`, e.g. `u.6f1c…9a10.mzx1a2.<43 chars>`
 * (about 90 URL-safe characters; an HS256 JWT with the same claims is about 200).
 * - purpose: one letter (see PURPOSE_CODES), so a token for one purpose is refused for another;
 * - subscriberId: the subscriber's UUID, as stored (for CONFIRM_SUBSCRIPTION, the sign-up
 *   request's: a confirmation confirms one request, see SignUpRequest);
 * - expiresAt: Unix seconds in base 36;
 * - mac: HMAC-SHA256 over a versioned prefix and the three fields above, base64url.
 *
 * Why not a jose-signed JWT like `@engage/shared/auth`: `jose` is not a dependency of this
 * package, and these tokens carry three fixed fields, never an algorithm choice, so there is no
 * header to parse and no `alg` to confuse. The primitive is Node's own HMAC and constant-time
 * compare; all we add is a fixed layout, checked by one regular expression before anything else.
 */

export const LINK_PURPOSES = [
  'CONFIRM_SUBSCRIPTION',
  'MANAGE_PREFERENCES',
  'UNSUBSCRIBE',
  'EDIT_DEMOGRAPHICS',
] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

const DAY_SECONDS = 24 * 60 * 60;

/**
 * How long each link works, in seconds.
 * - CONFIRM_SUBSCRIPTION: 7 days, long enough for a resident who reads email weekly. The token
 *   is NOT single-use by itself: confirming is recorded in the database, which must refuse (or
 *   treat as already done) a second use. This module only says "signed by us, not expired".
 * - MANAGE_PREFERENCES and UNSUBSCRIBE: 1 year, because they sit in every email and a resident
 *   may act on an old one. For UNSUBSCRIBE the caller may still honour an `expired` result (it
 *   is MAC-checked and carries the subscriber id): unsubscribe should always work.
 * - EDIT_DEMOGRAPHICS: 1 hour. The manage link sits in every email, so anyone a mail is
 *   forwarded to holds it; the answers about ethnic group, disability and gender are shown or
 *   changed only through this fresh link, mailed on request to the address itself. Single use is
 *   the subscribers module's: it keeps a hash of the one link it last sent and forgets it on use.
 */
export const LINK_LIFETIME_SECONDS = {
  CONFIRM_SUBSCRIPTION: 7 * DAY_SECONDS,
  MANAGE_PREFERENCES: 365 * DAY_SECONDS,
  UNSUBSCRIBE: 365 * DAY_SECONDS,
  EDIT_DEMOGRAPHICS: 60 * 60,
} as const satisfies Record<LinkPurpose, number>;

const PURPOSE_CODES = {
  CONFIRM_SUBSCRIPTION: 'c',
  MANAGE_PREFERENCES: 'm',
  UNSUBSCRIBE: 'u',
  EDIT_DEMOGRAPHICS: 'd',
} as const satisfies Record<LinkPurpose, string>;

/** Keeps these MACs apart from any other HMAC made with the same secret, and lets v2 differ. */
const MAC_CONTEXT = 'neighbourhood-link:v1:';

/** Same rule as `env.secret()` in @engage/shared: 32 characters or more. */
export const MIN_SECRET_LENGTH = 32;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TOKEN_PATTERN = new RegExp(`^([cmud])\\.(${UUID})\\.([0-9a-z]{1,8})\\.([A-Za-z0-9_-]{43})$`);
const UUID_PATTERN = new RegExp(`^${UUID}$`);

/**
 * `expired` carries the subscriber id because the token is checked as genuine first: the page
 * can then send that subscriber a fresh link ("this link has expired, we've sent a new one").
 * A forged or tampered token is always `invalid`, never `expired`.
 */
export type LinkTokenResult =
  | { kind: 'valid'; subscriberId: string }
  | { kind: 'expired'; subscriberId: string }
  | { kind: 'invalid' };

export interface LinkTokens {
  sign(purpose: LinkPurpose, subscriberId: string, now?: Date): string;
  verify(purpose: LinkPurpose, token: string, now?: Date): LinkTokenResult;
}

export class LinkTokenSecretError extends Error {
  override name = 'LinkTokenSecretError';
}

function toUnixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/**
 * Signs and verifies link tokens with one secret. `now` is a parameter so tests (and callers
 * with their own clock) never depend on the real time.
 */
export function createLinkTokens(secret: string): LinkTokens {
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new LinkTokenSecretError(
      `The link token secret must be at least ${MIN_SECRET_LENGTH} characters.`,
    );
  }
  const mac = (payload: string): Buffer =>
    createHmac('sha256', secret).update(MAC_CONTEXT).update(payload).digest();

  return {
    sign(purpose, subscriberId, now = new Date()) {
      const id = subscriberId.toLowerCase();
      if (!UUID_PATTERN.test(id)) throw new TypeError('A subscriber id must be a UUID.');
      const expiresAt = toUnixSeconds(now) + LINK_LIFETIME_SECONDS[purpose];
      const payload = `${PURPOSE_CODES[purpose]}.${id}.${expiresAt.toString(36)}`;
      return `${payload}.${mac(payload).toString('base64url')}`;
    },

    verify(purpose, token, now = new Date()) {
      const match = TOKEN_PATTERN.exec(token);
      if (!match) return { kind: 'invalid' };
      const [, code = '', subscriberId = '', expiresAt = '', signature = ''] = match;
      const payload = `${code}.${subscriberId}.${expiresAt}`;
      // The MAC is checked before anything it protects is believed, in constant time. Strings
      // are compared, not decoded bytes: base64url's spare bits would let several spellings of
      // one token pass, and the database may key single use on the token text.
      const given = Buffer.from(signature);
      const expected = Buffer.from(mac(payload).toString('base64url'));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { kind: 'invalid' };
      }
      if (code !== PURPOSE_CODES[purpose]) return { kind: 'invalid' };
      if (toUnixSeconds(now) >= parseInt(expiresAt, 36)) return { kind: 'expired', subscriberId };
      return { kind: 'valid', subscriberId };
    },
  };
}
