import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, InvalidTokenError, verifyAccessToken, type Actor } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';

/**
 * Who is calling: the actor in a valid `Authorization: Bearer` access token, or anonymous when
 * there is no token. A token that is present but bad is refused, never downgraded to anonymous,
 * so an expired staff session shows as such instead of as a public page.
 */
export async function actorFromRequest(
  request: IncomingMessage,
  accessSecret: string,
): Promise<Actor> {
  const header = request.headers.authorization;
  if (!header) return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) {
    throw appError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".');
  }
  try {
    return await verifyAccessToken(match[1], accessSecret);
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      throw appError('UNAUTHENTICATED', `Your access token was refused: ${error.message}`);
    }
    throw error;
  }
}
