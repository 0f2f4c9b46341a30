import type { LinkPurpose, LinkTokens } from './link-tokens.ts';

/** Where each purpose's link lands in the portal, relative to its public base URL. */
export const LINK_PATHS = {
  CONFIRM_SUBSCRIPTION: 'subscriptions/confirm',
  MANAGE_PREFERENCES: 'subscriptions/manage',
  UNSUBSCRIBE: 'subscriptions/unsubscribe',
  EDIT_DEMOGRAPHICS: 'subscriptions/about-you',
} as const satisfies Record<LinkPurpose, string>;

/** The personal links every email to a subscriber carries. */
export interface SubscriberLinks {
  manage: string;
  unsubscribe: string;
}

/**
 * The absolute URL of one link. The base may carry a path (a force may serve the portal under
 * `https://force.example/neighbourhoods/`); it is kept, with or without its trailing slash.
 * The token goes in the query string through URLSearchParams, so it is always encoded.
 */
export function emailLinkUrl(portalBaseUrl: string, purpose: LinkPurpose, token: string): string {
  const base = new URL(portalBaseUrl);
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new TypeError(`The portal base URL must be http or https, not ${base.protocol}`);
  }
  if (base.search || base.hash) {
    throw new TypeError('The portal base URL must not have a query string or fragment.');
  }
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const url = new URL(LINK_PATHS[purpose], base);
  url.searchParams.set('token', token);
  return url.href;
}

/**
 * The confirmation link for the double opt-in email (the only email sent before confirming). It
 * names the sign-up request, so it confirms exactly the choices made in that request.
 */
export function confirmSubscriptionUrl(
  portalBaseUrl: string,
  tokens: LinkTokens,
  signUpRequestId: string,
  now: Date = new Date(),
): string {
  const token = tokens.sign('CONFIRM_SUBSCRIPTION', signUpRequestId, now);
  return emailLinkUrl(portalBaseUrl, 'CONFIRM_SUBSCRIPTION', token);
}

/** The manage-preferences and unsubscribe links for any email to a confirmed subscriber. */
export function subscriberLinks(
  portalBaseUrl: string,
  tokens: LinkTokens,
  subscriberId: string,
  now: Date = new Date(),
): SubscriberLinks {
  return {
    manage: emailLinkUrl(
      portalBaseUrl,
      'MANAGE_PREFERENCES',
      tokens.sign('MANAGE_PREFERENCES', subscriberId, now),
    ),
    unsubscribe: emailLinkUrl(
      portalBaseUrl,
      'UNSUBSCRIBE',
      tokens.sign('UNSUBSCRIBE', subscriberId, now),
    ),
  };
}
