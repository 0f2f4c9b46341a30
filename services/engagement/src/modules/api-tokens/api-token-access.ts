import type { Actor, StaffActor } from '@engage/shared/auth';
import { isService } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import { TOKEN_ROLES } from './api-token-secrets.ts';

/** Who may hold (and so make and list) API tokens: analysts and admins. */
export function requireTokenHolder(actor: Actor): StaffActor {
  const staff = requireStaff(actor);
  if (!(TOKEN_ROLES as readonly string[]).includes(staff.role)) {
    throw appError(
      'FORBIDDEN',
      'API tokens are for analysts and admins. If your work needs one, ask an admin to change your role.',
    );
  }
  return staff;
}

/** Every token and the audit log: admins only. */
export function requireAdmin(actor: Actor, what: string): StaffActor {
  const staff = requireStaff(actor);
  if (staff.role !== 'ADMIN') {
    throw appError('FORBIDDEN', `Only an admin can see ${what}. Ask an admin if you need it.`);
  }
  return staff;
}

export function requireStaff(actor: Actor): StaffActor {
  if (actor.kind !== 'staff') throw appError('UNAUTHENTICATED', 'Sign in to manage API tokens.');
  return actor;
}

/** Resolving a token and writing its audit log: the gateway itself, nobody else. */
export function requireGateway(actor: Actor): void {
  if (!isService(actor, 'gateway')) {
    throw appError('FORBIDDEN', 'Only the gateway can resolve API tokens or record their use.');
  }
}
