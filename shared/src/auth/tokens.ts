import { SignJWT, jwtVerify, errors } from 'jose';
import { z } from 'zod';
import { actorSchema, type Actor } from './actor.ts';

/**
 * Two hops, two tokens, two secrets:
 * - the portal (or an analyst's client) → gateway: an access token, verified by the gateway;
 * - gateway → subgraph: the caller the gateway verified, signed again for that one subgraph, so a
 *   subgraph can refuse anything that did not come through the gateway, and a token captured on
 *   the way to one subgraph is refused by the others.
 * HS256 keeps both hops free of key files; each secret is known to exactly the parties that hop joins.
 */
const ACCESS = { issuer: 'engage-portal', audience: 'engage-gateway' } as const;
const FORWARDED_ISSUER = 'engage-gateway';

/** The subgraphs, each the audience of its own forwarded tokens. */
export type SubgraphName = 'engagement' | 'surveys' | 'newsletters';
const forwardedAudience = (subgraph: SubgraphName) => `engage-subgraph:${subgraph}`;

/** Access tokens live as long as one page render needs; the portal signs a fresh one per request. */
const ACCESS_TOKEN_TTL = '5m';
/**
 * A forwarded caller is used within one gateway → subgraph call, which the gateway abandons long
 * before this; 15 seconds leaves room for clock drift between hosts and nothing for replay.
 */
const FORWARDED_TTL = '15s';

/** The header that carries the gateway's signed caller to a subgraph. */
export const ACTOR_HEADER = 'x-engage-actor';

/**
 * Who is asking, and from where. `client` is an opaque key for the browser or connection behind
 * the request, derived at the edge (the portal, or the gateway from the connection): rate limits
 * count against it. It is never taken from an argument or a header a caller can set.
 */
export interface Caller {
  actor: Actor;
  client: string;
}

/** What an access token says: the actor, and the client when the portal vouches for one. */
export interface AccessClaims {
  actor: Actor;
  client: string | null;
}

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError';
}

/** A client key is an opaque identifier (a keyed hash), never an address itself. */
const clientSchema = z.string().min(1).max(200);

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

async function sign(
  payload: { actor: Actor; client?: string },
  secret: string,
  claims: { issuer: string; audience: string },
  ttl: string,
): Promise<string> {
  return new SignJWT({ ...payload })
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
): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      ...claims,
      algorithms: ['HS256'],
    });
    const actor = actorSchema.safeParse(payload['actor']);
    if (!actor.success) throw new InvalidTokenError('The token does not describe a valid actor.');
    const client = clientSchema.optional().safeParse(payload['client']);
    if (!client.success) throw new InvalidTokenError('The token names an invalid client.');
    return { actor: actor.data, client: client.data ?? null };
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof errors.JWTExpired) throw new InvalidTokenError('The token has expired.');
    throw new InvalidTokenError('The token is not valid.');
  }
}

/**
 * The portal signs one per gateway request. `client` is the portal's key for the visitor's
 * browser (see the portal's client-key.ts), so limits count per visitor, not per portal.
 */
export const signAccessToken = (actor: Actor, secret: string, client?: string) =>
  sign(client ? { actor, client } : { actor }, secret, ACCESS, ACCESS_TOKEN_TTL);
export const verifyAccessClaims = (token: string, secret: string) => verify(token, secret, ACCESS);
export const verifyAccessToken = async (token: string, secret: string) =>
  (await verifyAccessClaims(token, secret)).actor;

export const signForwardedCaller = (caller: Caller, secret: string, subgraph: SubgraphName) =>
  sign(
    { actor: caller.actor, client: caller.client },
    secret,
    { issuer: FORWARDED_ISSUER, audience: forwardedAudience(subgraph) },
    FORWARDED_TTL,
  );

export async function verifyForwardedCaller(
  token: string,
  secret: string,
  subgraph: SubgraphName,
): Promise<Caller> {
  const { actor, client } = await verify(token, secret, {
    issuer: FORWARDED_ISSUER,
    audience: forwardedAudience(subgraph),
  });
  if (!client) throw new InvalidTokenError('The token names no client.');
  return { actor, client };
}
