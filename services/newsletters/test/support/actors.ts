import { testStaff } from '@engage/shared/testing';
import { area, neighbourTeam, otherArea, team } from './newsletter-test-stack.ts';

export const { officer, otherTeamOfficer, commander, otherCommander, reviewer, analyst } =
  testStaff({ area, team, neighbourTeam, otherArea });
