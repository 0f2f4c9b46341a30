import { DEMO_FORCE, stableId, type Actor } from '@engage/shared';

/** The demo force's first NPA, two of its teams, and a team of another NPA. */
export const area = DEMO_FORCE[0]!;
export const team = area.neighbourhoods[0]!;
export const neighbourTeam = area.neighbourhoods[1]!;
export const otherArea = DEMO_FORCE[1]!;
export const outsideTeam = otherArea.neighbourhoods[0]!;

export const officer: Actor = {
  kind: 'staff',
  id: stableId('staff', 'test-officer'),
  name: 'PC Test Officer',
  role: 'OFFICER',
  neighbourhoodId: team.id,
};
export const otherTeamOfficer: Actor = {
  kind: 'staff',
  id: stableId('staff', 'test-other-officer'),
  name: 'PC Other Team',
  role: 'OFFICER',
  neighbourhoodId: neighbourTeam.id,
};
export const commander: Actor = {
  kind: 'staff',
  id: stableId('staff', 'test-commander'),
  name: 'Inspector Test Commander',
  role: 'COMMANDER',
  policingAreaId: area.id,
};
export const otherCommander: Actor = {
  kind: 'staff',
  id: stableId('staff', 'test-other-commander'),
  name: 'Inspector Other Area',
  role: 'COMMANDER',
  policingAreaId: otherArea.id,
};
export const analyst: Actor = {
  kind: 'staff',
  id: stableId('staff', 'test-analyst'),
  name: 'Test Analyst',
  role: 'ANALYST',
};
export const admin: Actor = {
  kind: 'staff',
  id: stableId('staff', 'test-admin'),
  name: 'Test Admin',
  role: 'ADMIN',
};

/** The error code of a GraphQL result's first error. */
export const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  result.errors?.[0]?.extensions?.['code'];
