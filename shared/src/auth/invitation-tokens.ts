import { SignJWT, errors, jwtVerify } from 'jose';
import { z } from 'zod';
import { InvalidTokenError } from './tokens.ts';

/**
 * The token in a "Your Views" invitation. Newsletters signs it when it emails a subscriber;
 * surveys verifies it when the answers come back. It fixes the round and the respondent's
 * neighbourhood, and carries a single-use invitation id: a random id (newsletters' delivery id)
 * that only newsletters can match to a subscriber, and forgets when they erase their data. A
 * signed token is readable by whoever holds the link, so it names no one: no subscriber id, no
 * address. The secret (INVITATION_SIGNING_SECRET) is known to exactly those two services.
 */
export interface SurveyInvitation {
  roundId: string;
  neighbourhoodId: string;
  invitationId: string;
}

const CLAIMS = { issuer: 'engage-newsletters', audience: 'engage-surveys' } as const;

const invitationSchema = z.object({
  roundId: z.uuid(),
  neighbourhoodId: z.uuid(),
  invitationId: z.uuid(),
});

const key = (secret: string) => new TextEncoder().encode(secret);

/** Valid until `expiresAt` (the round's close), so an invitation never outlives its round. */
export async function signSurveyInvitation(
  invitation: SurveyInvitation,
  secret: string,
  expiresAt: Date,
): Promise<string> {
  return new SignJWT({ invitation: invitationSchema.parse(invitation) })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(CLAIMS.issuer)
    .setAudience(CLAIMS.audience)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key(secret));
}

/** Throws InvalidTokenError (with a message fit for a resident) for anything not signed by us. */
export async function verifySurveyInvitation(
  token: string,
  secret: string,
  now: Date = new Date(),
): Promise<SurveyInvitation> {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      ...CLAIMS,
      algorithms: ['HS256'],
      currentDate: now,
    });
    // Links mailed before the subscriber id was taken out still carry it: it is dropped unread.
    const parsed = invitationSchema.safeParse(payload['invitation']);
    if (!parsed.success) throw new InvalidTokenError('The invitation link is not valid.');
    return parsed.data;
  } catch (error) {
    if (error instanceof InvalidTokenError) throw error;
    if (error instanceof errors.JWTExpired) {
      throw new InvalidTokenError('This invitation has expired: the survey round has closed.');
    }
    throw new InvalidTokenError('The invitation link is not valid.');
  }
}
