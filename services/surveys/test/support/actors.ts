import { DEMO_FORCE, type Actor } from '@engage/shared';

/** The demo teams tests ask about, and the staff who ask. */
export const area = DEMO_FORCE[2]!;
export const team = area.neighbourhoods[1]!;
export const otherArea = DEMO_FORCE[4]!;

export const admin: Actor = { kind: 'staff', id: 'adm-1', name: 'Admin', role: 'ADMIN' };
export const analyst: Actor = { kind: 'staff', id: 'an-1', name: 'Analyst', role: 'ANALYST' };
export const reviewer: Actor = { kind: 'staff', id: 'rv-1', name: 'Reviewer', role: 'REVIEWER' };
export const commander: Actor = {
  kind: 'staff',
  id: 'c-1',
  name: 'Insp A',
  role: 'COMMANDER',
  policingAreaId: area.id,
};
export const officer: Actor = {
  kind: 'staff',
  id: 'o-1',
  name: 'PC B',
  role: 'OFFICER',
  neighbourhoodId: team.id,
};

/** The code a client acts on. */
export function errorCode(errors: readonly { extensions?: Record<string, unknown> }[] | undefined) {
  return errors?.[0]?.extensions?.['code'] as string | undefined;
}
