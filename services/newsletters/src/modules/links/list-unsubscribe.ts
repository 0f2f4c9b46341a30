/**
 * RFC 8058 one-click unsubscribe headers for one message, as a plain record for nodemailer's
 * `headers` option.
 *
 * Why `headers` and not nodemailer's `list` option: `list.unsubscribe` writes only
 * `List-Unsubscribe` (it has no `List-Unsubscribe-Post`), and it rewrites values it does not
 * recognise (a bare domain gains `http://`). The two headers are one contract, so they are made
 * together, here, as the exact strings the tests pin.
 *
 * What the caller's unsubscribe page must do (RFC 8058 section 3): accept a POST to the same URL
 * with body `List-Unsubscribe=One-Click` and unsubscribe using only the token in the URL (no
 * cookie, no session, no CSRF token, no confirmation page), answering 200 or 202; a GET shows
 * the ordinary unsubscribe page and must not unsubscribe (mail scanners follow links).
 */

export const ONE_CLICK_POST_VALUE = 'List-Unsubscribe=One-Click';

export interface ListUnsubscribeOptions {
  /** The subscriber's personal unsubscribe URL (from `subscriberLinks().unsubscribe`). */
  unsubscribeUrl: string;
  /** A mailbox that unsubscribes whoever writes to it, when the force has configured one. */
  unsubscribeMailbox?: string | undefined;
}

/** A type alias, not an interface, so it is assignable to nodemailer's header record. */
export type ListUnsubscribeHeaders = {
  'List-Unsubscribe': string;
  'List-Unsubscribe-Post'?: typeof ONE_CLICK_POST_VALUE;
};

/** A URL inside `<…>` must not contain the characters that end or split the header's list. */
const UNSAFE_IN_ANGLE_BRACKETS = /[<>\s]/;
/** Deliberately plain: one `@`, no spaces, no characters that would break `<mailto:…>`. */
const MAILBOX_PATTERN = /^[^\s<>@,?]+@[^\s<>@,?]+$/;

export function listUnsubscribeHeaders(options: ListUnsubscribeOptions): ListUnsubscribeHeaders {
  const url = new URL(options.unsubscribeUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError('The unsubscribe URL must be http or https.');
  }
  const href = url.href;
  if (UNSAFE_IN_ANGLE_BRACKETS.test(href)) {
    throw new TypeError('The unsubscribe URL cannot be written inside angle brackets.');
  }
  const entries = [`<${href}>`];
  if (options.unsubscribeMailbox !== undefined) {
    if (!MAILBOX_PATTERN.test(options.unsubscribeMailbox)) {
      throw new TypeError('The unsubscribe mailbox is not a plain email address.');
    }
    entries.push(`<mailto:${options.unsubscribeMailbox}?subject=unsubscribe>`);
  }
  const headers: ListUnsubscribeHeaders = { 'List-Unsubscribe': entries.join(', ') };
  // RFC 8058 section 3.1: one-click needs an HTTPS URI. On a developer's http://127.0.0.1 portal
  // we still offer the link (RFC 2369) but do not claim one-click.
  if (url.protocol === 'https:') headers['List-Unsubscribe-Post'] = ONE_CLICK_POST_VALUE;
  return headers;
}
