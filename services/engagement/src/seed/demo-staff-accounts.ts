import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_STAFF, DEMO_STAFF_PASSWORD, stableId } from '@engage/shared';
import { hashPassword } from '../modules/staff/password.ts';
import { StaffAccount } from '../modules/staff/staff-account.entity.ts';

/**
 * DEMO DATA: one sign-in per role. Only missing accounts are created, so a password a tester
 * changed stays changed, and argon2 runs only on the first start.
 */
export async function seedDemoStaff(em: EntityManager): Promise<void> {
  const existing = new Set(
    (await em.find(StaffAccount, { email: { $in: DEMO_STAFF.map((s) => s.email) } })).map(
      (account) => account.email,
    ),
  );
  for (const staff of DEMO_STAFF.filter((s) => !existing.has(s.email))) {
    em.create(StaffAccount, {
      id: stableId('staff', staff.email),
      email: staff.email,
      name: staff.name,
      role: staff.role,
      passwordHash: await hashPassword(DEMO_STAFF_PASSWORD),
      neighbourhood: staff.neighbourhoodId ?? null,
      policingArea: staff.policingAreaId ?? null,
    });
  }
}
