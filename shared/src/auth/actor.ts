import { z } from 'zod';

/** The five staff roles (see ../../../README.md, "Who uses it"). */
export const ROLES = ['OFFICER', 'COMMANDER', 'REVIEWER', 'ANALYST', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

const staffBase = {
  kind: z.literal('staff'),
  id: z.string().min(1),
  name: z.string().min(1),
};

/**
 * Who is asking. An officer always belongs to one neighbourhood team and a commander to one
 * policing area, so those ids are part of the role's shape, not optional extras.
 */
export const actorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  // The portal itself, for calls no person makes yet (checking a sign-in); the gateway itself,
  // for resolving an analyst's API token and writing its audit log (engagement's api-tokens).
  z.object({ kind: z.literal('service'), service: z.enum(['portal', 'gateway']) }),
  z.discriminatedUnion('role', [
    z.object({ ...staffBase, role: z.literal('OFFICER'), neighbourhoodId: z.string().min(1) }),
    z.object({ ...staffBase, role: z.literal('COMMANDER'), policingAreaId: z.string().min(1) }),
    z.object({ ...staffBase, role: z.enum(['REVIEWER', 'ANALYST', 'ADMIN']) }),
  ]),
]);

export type Actor = z.infer<typeof actorSchema>;
export type StaffActor = Extract<Actor, { kind: 'staff' }>;

export const ANONYMOUS: Actor = Object.freeze({ kind: 'anonymous' });
export const PORTAL_SERVICE: Actor = Object.freeze({ kind: 'service', service: 'portal' });
export const GATEWAY_SERVICE: Actor = Object.freeze({ kind: 'service', service: 'gateway' });

/** Whether the actor is the named service itself (never a person, never the other service). */
export function isService(actor: Actor, service: 'portal' | 'gateway'): boolean {
  return actor.kind === 'service' && actor.service === service;
}

export function isStaff(actor: Actor): actor is StaffActor {
  return actor.kind === 'staff';
}
