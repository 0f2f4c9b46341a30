import { stableId, type Actor } from '@engage/shared';
import { area, neighbourTeam, otherArea, team } from './newsletter-test-stack.ts';

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
export const reviewer: Actor = {
  kind: 'staff',
  id: stableId('staff', 'test-reviewer'),
  name: 'Test Reviewer',
  role: 'REVIEWER',
};
export const analyst: Actor = {
  kind: 'staff',
  id: stableId('staff', 'test-analyst'),
  name: 'Test Analyst',
  role: 'ANALYST',
};
