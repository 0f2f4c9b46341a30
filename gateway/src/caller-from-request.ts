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

export interface CallerSettings {
  /** Verifies callers' access tokens (shared with the portal). */
  accessSecret: string;
  /** Keys connection addresses, so no subgraph sees one. */
  clientSecret: string;
  /** Proxies in front of the gateway (see clientAddress); 0 when callers connect directly. */
  trustedProxyHops: number;
}

/**
 * Who is calling, and from where. The actor is the one in a valid `Authorization: Bearer` access
 * token, or anonymous when there is no token; a token that is present but bad is refused, never
 * downgraded to anonymous, so an expired staff session shows as such instead of as a public page.
 *
 * The client is the portal's signed key for the visitor's browser when the token carries one (only
 * the portal holds the signing secret), otherwise the connection's own address. Either way it is
 * derived here, at the edge, never from anything else the caller sends.
 */
export async function callerFromRequest(
  request: IncomingMessage,
  settings: CallerSettings,
): Promise<Caller> {
  const fromConnection = () =>
    `address:${clientKeyForAddress(clientAddress(request, settings.trustedProxyHops), settings.clientSecret)}`;
  const header = request.headers.authorization;
  if (!header) return { actor: ANONYMOUS, client: fromConnection() };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) {
    throw appError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".');
  }
  try {
    const { actor, client } = await verifyAccessClaims(match[1], settings.accessSecret);
    return { actor, client: client ? `portal:${client}` : fromConnection() };
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      throw appError('UNAUTHENTICATED', `Your access token was refused: ${error.message}`);
    }
    throw error;
  }
}
