import type { IncomingMessage } from 'node:http';
import {
  ANONYMOUS,
  InvalidTokenError,
  clientAddress,
  clientKeyForAddress,
  verifyAccessClaims,
  type Caller,
} from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import { API_TOKEN_PREFIX, type TokenDirectory } from './api-tokens/token-directory.ts';

export interface CallerSettings {
  /** Verifies callers' access tokens (shared with the portal). */
  accessSecret: string;
  /** Keys connection addresses, so no subgraph sees one. */
  clientSecret: string;
  /** Proxies in front of the gateway (see clientAddress); 0 when callers connect directly. */
  trustedProxyHops: number;
  /** Resolves analysts' API tokens (`nlk_…`); without one, such a token is refused. */
  apiTokens?: Pick<TokenDirectory, 'holderOf'>;
}

/** A caller, and the API token it came with, if it came with one. */
export interface TokenCaller extends Caller {
  apiToken?: { id: string };
}

/**
 * Who is calling, and from where. The actor is the one in a valid `Authorization: Bearer` access
 * token, or anonymous when there is no token; a token that is present but bad is refused, never
 * downgraded to anonymous, so an expired staff session shows as such instead of as a public page.
 *
 * The client is the portal's signed key for the visitor's browser when the token carries one (only
 * the portal holds the signing secret), otherwise the connection's own address. Either way it is
 * derived here, at the edge, never from anything else the caller sends.
 *
 * An analyst's API token (`Bearer nlk_…`) acts as its owner's account as it is now, and counts
 * as a client of its own (`token:<id>`), so each token has its own request allowance.
 */
export async function callerFromRequest(
  request: IncomingMessage,
  settings: CallerSettings,
): Promise<TokenCaller> {
  const fromConnection = () =>
    `address:${clientKeyForAddress(clientAddress(request, settings.trustedProxyHops), settings.clientSecret)}`;
  const header = request.headers.authorization;
  if (!header) return { actor: ANONYMOUS, client: fromConnection() };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) {
    throw appError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".');
  }
  if (match[1].startsWith(API_TOKEN_PREFIX)) return apiTokenCaller(match[1], settings);
  try {
    const { actor, client } = await verifyAccessClaims(match[1], settings.accessSecret);
    // The gateway's own identity is for its calls to engagement; no access token may claim it.
    if (actor.kind === 'service' && actor.service !== 'portal') {
      throw new InvalidTokenError('The token names a service that does not call the gateway.');
    }
    return { actor, client: client ? `portal:${client}` : fromConnection() };
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      throw appError('UNAUTHENTICATED', `Your access token was refused: ${error.message}`);
    }
    throw error;
  }
}

async function apiTokenCaller(secret: string, settings: CallerSettings): Promise<TokenCaller> {
  const holder = settings.apiTokens ? await settings.apiTokens.holderOf(secret) : null;
  if (!holder) {
    throw appError(
      'UNAUTHENTICATED',
      'Your API token was refused: it has expired, been revoked, or its account can no longer use one. Make a new one in the staff area (Staff home → API tokens).',
    );
  }
  return {
    actor: holder.actor,
    client: `token:${holder.tokenId}`,
    apiToken: { id: holder.tokenId },
  };
}
