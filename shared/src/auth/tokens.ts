import { SignJWT, jwtVerify, errors } from 'jose';
import { actorSchema, type Actor } from './actor.ts';

/**
 * Two hops, two tokens, two secrets:
 * - the portal (or an analyst's client) → gateway: an access token, verified by the gateway;
 * - gateway → subgraph: the actor the gateway verified, signed again so a subgraph can refuse
 *   anything that did not come through the gateway.
 * HS256 keeps both hops free of key files; each secret is known to exactly two parties.
 */
const ACCESS = { issuer: 'engage-portal', audience: 'engage-gateway' } as const;
const FORWARDED = { issuer: 'engage-gateway', audience: 'engage-subgraph' } as const;

/** Access tokens live as long as one page render needs; the portal signs a fresh one per request. */
const ACCESS_TOKEN_TTL = '5m';
/** A forwarded actor is used within one gateway → subgraph call. */
const FORWARDED_TTL = '60s';

/** The header that carries the gateway's signed actor to a subgraph. */
export const ACTOR_HEADER = 'x-engage-actor';

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

async function sign(
  actor: Actor,
  secret: string,
  claims: { issuer: string; audience: string },
  ttl: string,
): Promise<string> {
  return new SignJWT({ actor })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(claims.issuer)
    .setAudience(claims.audience)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(key(secret));
}

async function verify(
  token: string,
  secret: string,
  claims: { issuer: string; audience: string },
): Promise<Actor> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      ...claims,
      algorithms: ['HS256'],
    });
    const parsed = actorSchema.safeParse(payload['actor']);
    if (!parsed.success) throw new InvalidTokenError('The token does not describe a valid actor.');
    return parsed.data;
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof errors.JWTExpired) throw new InvalidTokenError('The token has expired.');
    throw new InvalidTokenError('The token is not valid.');
  }
}

export const signAccessToken = (actor: Actor, secret: string) =>
  sign(actor, secret, ACCESS, ACCESS_TOKEN_TTL);
export const verifyAccessToken = (token: string, secret: string) => verify(token, secret, ACCESS);
export const signForwardedActor = (actor: Actor, secret: string) =>
  sign(actor, secret, FORWARDED, FORWARDED_TTL);
export const verifyForwardedActor = (token: string, secret: string) =>
  verify(token, secret, FORWARDED);
