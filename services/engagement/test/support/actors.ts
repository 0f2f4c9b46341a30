import { DEMO_FORCE } from '@engage/shared';
import { errorCodeOf, testStaff } from '@engage/shared/testing';

/** The demo force's first NPA, two of its teams, and a team of another NPA. */
export const area = DEMO_FORCE[0]!;
export const team = area.neighbourhoods[0]!;
export const neighbourTeam = area.neighbourhoods[1]!;
export const otherArea = DEMO_FORCE[1]!;
export const outsideTeam = otherArea.neighbourhoods[0]!;

export const { officer, otherTeamOfficer, commander, otherCommander, reviewer, analyst, admin } =
  testStaff({
    area,
    team,
    neighbourTeam,
    otherArea,
  });

export const codeOf = errorCodeOf;
