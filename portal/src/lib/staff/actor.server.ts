import { actorSchema, type StaffActor } from '@engage/shared/auth';

/** A member of staff as the engagement service describes one. */
export interface AuthenticatedStaff {
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
