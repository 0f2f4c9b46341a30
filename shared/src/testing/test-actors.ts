import { stableId } from '../ids.ts';
import type { StaffActor } from '../auth/actor.ts';

/** The places a service's tests ask about: a team, a neighbouring team of its NPA, another NPA. */
export interface TestPlaces {
  area: { id: string };
  team: { id: string };
  neighbourTeam: { id: string };
  otherArea: { id: string };
}

const staff = (key: string, name: string) => ({
  kind: 'staff' as const,
  id: stableId('staff', key),
  name,
});

/**
 * One member of staff per role (and one of each kind who belongs elsewhere), tied to the places a
 * service's tests use: the same people in every service's tests, so a rule reads the same in each.
 */
export function testStaff({ area, team, neighbourTeam, otherArea }: TestPlaces) {
  return {
    officer: {
      ...staff('test-officer', 'PC Test Officer'),
      role: 'OFFICER',
      neighbourhoodId: team.id,
    },
    otherTeamOfficer: {
      ...staff('test-other-officer', 'PC Other Team'),
      role: 'OFFICER',
      neighbourhoodId: neighbourTeam.id,
    },
    commander: {
      ...staff('test-commander', 'Inspector Test Commander'),
      role: 'COMMANDER',
      policingAreaId: area.id,
    },
    otherCommander: {
      ...staff('test-other-commander', 'Inspector Other Area'),
      role: 'COMMANDER',
      policingAreaId: otherArea.id,
    },
    reviewer: { ...staff('test-reviewer', 'Test Reviewer'), role: 'REVIEWER' },
    analyst: { ...staff('test-analyst', 'Test Analyst'), role: 'ANALYST' },
    admin: { ...staff('test-admin', 'Test Admin'), role: 'ADMIN' },
  } satisfies Record<string, StaffActor>;
}

/** The error code of a GraphQL result's first error: what a client acts on. */
export const errorCodeOf = (result: {
  errors?: readonly { extensions?: Record<string, unknown> }[];
}) => result.errors?.[0]?.extensions?.['code'] as string | undefined;
