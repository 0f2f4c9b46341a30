import { CredentialsSignin, SvelteKitAuth, type SvelteKitAuthConfig } from '@auth/sveltekit';
import Credentials from '@auth/sveltekit/providers/credentials';
import { PORTAL_SERVICE } from '@engage/shared/auth';
import { GatewayError, type createGateway } from '#lib/server/gateway.ts';
import { log } from '#lib/server/log.ts';
import { staffActor, type AuthenticatedStaff } from './actor.server.ts';
import { endStaffSession, sessionTokenFrom, visitorClient } from './sessions.server.ts';
import { graphql } from '#lib/graphql/index.ts';

/**
 * Staff sign-in with Auth.js's credentials flow. The portal has no database of its own: the
 * engagement service checks the password (through the gateway, as the portal's service identity,
 * on behalf of the visitor's client key, so its throttling counts per visitor) and starts a
 * session there. Auth.js's encrypted cookie (a JWT) holds only that session's token; who the
 * member of staff is, and whether the session still stands, is asked afresh on every request
 * (staff-sessions.ts, hooks.server.ts).
 */

/**
 * The cookie outlives nothing: the service ends a session after 30 idle minutes or 12 hours.
 * 12 hours here only stops the browser keeping a dead cookie longer.
 */
const COOKIE_MAX_AGE_SECONDS = 12 * 60 * 60;

export const AUTHENTICATE_STAFF = graphql(`
  mutation AuthenticateStaff($email: String!, $password: String!) {
    authenticateStaff(email: $email, password: $password) {
      token
      staff {
        id
        name
        role
        neighbourhoodId
        policingAreaId
      }
    }
  }
`);

/**
 * Too many failed sign-ins, for the account or from this visitor. Its `code` reaches the sign-in
 * page either way: thrown to our form action, or in the query of Auth.js's own redirect.
 */
export class TooManyAttempts extends CredentialsSignin {
  readonly minutes: number;
  constructor(minutes: number) {
    super();
    this.minutes = minutes;
    this.code = `too_many_attempts_${minutes}`;
  }
}

/** Minutes to wait, from the service's RATE_LIMITED answer (never less than 1). */
function minutesToWait(error: GatewayError): number {
  const seconds = Number(error.errors[0]?.extensions?.['retryAfterSeconds']);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1;
}

export function staffAuth(options: { secret: string; gateway: ReturnType<typeof createGateway> }) {
  const { gateway } = options;

  const config = {
    secret: options.secret,
    trustHost: true,
    session: { strategy: 'jwt', maxAge: COOKIE_MAX_AGE_SECONDS },
    // Our own pages, so Auth.js never shows its unstyled, English-only ones.
    pages: { signIn: '/staff/sign-in', error: '/staff/sign-in' },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials) {
          const { email, password } = credentials;
          if (typeof email !== 'string' || typeof password !== 'string') return null;
          const client = visitorClient.getStore();
          if (!client) throw new Error('authorize ran outside a request (no visitor client key)');
          let signIn: { token: string; staff: AuthenticatedStaff } | null;
          try {
            ({ authenticateStaff: signIn } = await gateway
              .as(PORTAL_SERVICE, client)
              .request(AUTHENTICATE_STAFF, {
                email,
                password,
              }));
          } catch (error) {
            if (error instanceof GatewayError && error.code === 'RATE_LIMITED') {
              throw new TooManyAttempts(minutesToWait(error));
            }
            throw error;
          }
          if (!signIn) return null;
          const actor = staffActor(signIn.staff);
          if (!actor) {
            log.error('authenticateStaff returned a member of staff the portal cannot represent', {
              id: signIn.staff.id,
              role: signIn.staff.role,
            });
            return null;
          }
          return { id: actor.id, sessionToken: signIn.token };
        },
      }),
    ],
    callbacks: {
      // The cookie keeps the session token and nothing else: no name, no email, no role.
      jwt({ token, user }) {
        const sessionToken = sessionTokenFrom(user);
        return sessionToken ? { sessionToken } : token;
      },
      // What Auth.js's /auth/session tells the browser: that there is a session, never its token.
      session({ session }) {
        return { expires: session.expires };
      },
    },
    events: {
      // Auth.js's own /auth/signout; our sign-out action ends the session before it gets here.
      async signOut(message) {
        const token = sessionTokenFrom('token' in message ? message.token : null);
        if (token) await endStaffSession(gateway, token);
      },
    },
    logger: {
      // A wrong password or a throttled sign-in is an everyday event, not a server error.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        log.error('Auth.js error', { error });
      },
      warn(code) {
        log.warn('Auth.js warning', { code });
      },
    },
  } satisfies SvelteKitAuthConfig;

  return SvelteKitAuth(config);
}
