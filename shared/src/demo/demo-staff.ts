import type { Role } from '../auth/actor.ts';
import { DEMO_FORCE } from './demo-force.ts';

/**
 * DEMO DATA: one account per role, printed by `pnpm start`. The password is public on purpose,
 * like any demo's; real deployments sign staff in through the force's identity provider.
 */
export const DEMO_STAFF_PASSWORD = 'demo-password';

const firstArea = DEMO_FORCE[0]!;
const firstTeam = firstArea.neighbourhoods[0]!;

export const DEMO_STAFF: {
  email: string;
  name: string;
  role: Role;
  neighbourhoodId?: string;
  policingAreaId?: string;
}[] = [
  {
    email: 'officer@demo.police.uk',
    name: 'PC Amira Patel',
    role: 'OFFICER',
    neighbourhoodId: firstTeam.id,
  },
  {
    email: 'commander@demo.police.uk',
    name: 'Inspector Tom Walsh',
    role: 'COMMANDER',
    policingAreaId: firstArea.id,
  },
  { email: 'reviewer@demo.police.uk', name: 'Grace Okafor', role: 'REVIEWER' },
  { email: 'analyst@demo.police.uk', name: 'Daniel Novak', role: 'ANALYST' },
  { email: 'admin@demo.police.uk', name: 'Sam Riley', role: 'ADMIN' },
];
