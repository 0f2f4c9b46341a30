import { createHash } from 'node:crypto';
import { createLinkTokens, type LinkPurpose, type LinkTokens } from '../links/link-tokens.ts';
import { newsletterSettings } from '../../settings.ts';
import { appError } from '@engage/shared/graphql';

let cached: { secret: string; tokens: LinkTokens } | undefined;

/** The link tokens signed with this process's LINK_SIGNING_SECRET. */
export function linkTokens(): LinkTokens {
  const secret = newsletterSettings().linkSigningSecret;
  if (cached?.secret !== secret) cached = { secret, tokens: createLinkTokens(secret) };
  return cached.tokens;
}

const INVALID_MESSAGE: Record<LinkPurpose, string> = {
  CONFIRM_SUBSCRIPTION:
    'This confirmation link is not valid or has expired. Please sign up again to get a new one.',
  MANAGE_PREFERENCES:
    'This link is not valid or has expired. Use the link in your most recent email from us.',
  UNSUBSCRIBE: 'This unsubscribe link is not valid. Use the link in an email from us.',
  EDIT_DEMOGRAPHICS:
    'This link has expired or has been used. Ask for a new one from the link in any email from us.',
};

/** The refusal of a link that is not (or no longer) good for its purpose. */
export function invalidLink(purpose: LinkPurpose): Error {
  return appError('INVALID_LINK', INVALID_MESSAGE[purpose]);
}

/**
 * The subscriber id a link proves, or INVALID_LINK. An unsubscribe link still works after it
 * expires (its MAC is checked first): unsubscribing must always work.
 */
export function subscriberIdFromLink(purpose: LinkPurpose, token: string): string {
  const result = linkTokens().verify(purpose, token);
  if (result.kind === 'valid') return result.subscriberId;
  if (result.kind === 'expired' && purpose === 'UNSUBSCRIBE') return result.subscriberId;
  throw invalidLink(purpose);
}

/** How the one live EDIT_DEMOGRAPHICS link is kept (subscriber.demographicsTokenHash): never the token. */
export const demographicsTokenHash = (token: string): string =>
  createHash('sha256').update(token).digest('hex');
