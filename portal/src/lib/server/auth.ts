import { SvelteKitAuth, type SvelteKitAuthConfig } from '@auth/sveltekit';
import Credentials from '@auth/sveltekit/providers/credentials';
import { actorSchema, PORTAL_SERVICE, type Actor, type StaffActor } from '@engage/shared/auth';
import type { createGateway } from './gateway.ts';
import { log } from './log.ts';

/**
 * Staff sign-in with Auth.js. The portal has no database of its own: the password is checked by
 * the engagement service (through the gateway, as the portal's service identity), and the member
 * of staff it returns is kept, as an Actor, in Auth.js's encrypted session cookie (a JWT).
 */

/** One working shift: long enough not to interrupt a day's work, short enough to expire overnight. */
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const AUTHENTICATE_STAFF = /* GraphQL */ `
  mutation AuthenticateStaff($email: String!, $password: String!) {
    authenticateStaff(email: $email, password: $password) {
      id
      name
      role
      neighbourhoodId
      policingAreaId
    }
  }
`;

interface AuthenticatedStaff {
  id: string;
  name: string;
  role: string;
  neighbourhoodId: string | null;
  policingAreaId: string | null;
}

/** The gateway's answer as an Actor, or null when it does not describe a valid member of staff. */
export function staffActor(staff: AuthenticatedStaff): StaffActor | null {
  const parsed = actorSchema.safeParse({
    kind: 'staff',
    id: staff.id,
    name: staff.name,
    role: staff.role,
    neighbourhoodId: staff.neighbourhoodId ?? undefined,
    policingAreaId: staff.policingAreaId ?? undefined,
  });
  return parsed.success && parsed.data.kind === 'staff' ? parsed.data : null;
}

/** Reads the actor back out of anything Auth.js hands us (a user, a token, a session). */
export function actorFrom(value: unknown): Actor | null {
  if (typeof value !== 'object' || value === null || !('actor' in value)) return null;
  const parsed = actorSchema.safeParse(value.actor);
  return parsed.success ? parsed.data : null;
}

export function staffAuth(options: { secret: string; gateway: ReturnType<typeof createGateway> }) {
  const asPortal = options.gateway.as(PORTAL_SERVICE);

  const config = {
    secret: options.secret,
    trustHost: true,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    // Our own pages, so Auth.js never shows its unstyled, English-only ones.
    pages: { signIn: '/staff/sign-in', error: '/staff/sign-in' },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials) {
          const { email, password } = credentials;
          if (typeof email !== 'string' || typeof password !== 'string') return null;
          const { authenticateStaff } = await asPortal.request<{
            authenticateStaff: AuthenticatedStaff | null;
          }>(AUTHENTICATE_STAFF, { email, password });
          if (!authenticateStaff) return null;
          const actor = staffActor(authenticateStaff);
          if (!actor) {
            log.error('authenticateStaff returned a member of staff the portal cannot represent', {
              id: authenticateStaff.id,
              role: authenticateStaff.role,
            });
            return null;
          }
          const user = { id: actor.id, name: actor.name, email, actor };
          return user;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        const actor = actorFrom(user);
        if (actor) token['actor'] = actor;
        return token;
      },
      session({ session, token }) {
        const withActor = { ...session, actor: actorFrom(token) };
        return withActor;
      },
    },
    logger: {
      // A wrong password is an everyday event, not a server error worth a stack trace.
      error(error) {
        if (error.name === 'CredentialsSignin') return;
        log.error('Auth.js error', { error });
      },
      warn(code) {
        log.warn('Auth.js warning', { code });
      },
    },
  } satisfies SvelteKitAuthConfig;

  return SvelteKitAuth(config);
}
