import { subscriberLinks, type SubscriberLinks } from '../links/email-links.ts';
import { listUnsubscribeHeaders, type ListUnsubscribeHeaders } from '../links/list-unsubscribe.ts';
import { linkTokens } from './subscriber-tokens.ts';

/**
 * A subscriber's personal manage and unsubscribe links, and the List-Unsubscribe headers made
 * from the same unsubscribe link: every mail to a subscriber carries both, so they come together.
 */
export function subscriberMailLinks(
  portalUrl: string,
  subscriberId: string,
): { links: SubscriberLinks; headers: ListUnsubscribeHeaders } {
  const links = subscriberLinks(portalUrl, linkTokens(), subscriberId);
  return { links, headers: listUnsubscribeHeaders({ unsubscribeUrl: links.unsubscribe }) };
}
