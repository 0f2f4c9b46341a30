import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_FORCE, DEMO_STAFF, DEMO_STAFF_PASSWORD, stableId, type Logger } from '@engage/shared';
import { Neighbourhood } from '../modules/geography/neighbourhood.entity.ts';
import { PolicingArea } from '../modules/geography/policing-area.entity.ts';
import { hashPassword } from '../modules/staff/password.ts';
import { StaffAccount } from '../modules/staff/staff-account.entity.ts';

/**
 * DEMO DATA: the demo force's areas, teams and one sign-in per role. Upserts by id, so running it
 * on every start changes nothing after the first.
 */
export async function seedDemoData(em: EntityManager, logger: Logger): Promise<void> {
  await em.transactional(async (tx) => {
    await tx.upsertMany(
      PolicingArea,
      DEMO_FORCE.map(({ id, slug, name }) => ({ id, slug, name })),
    );
    await tx.upsertMany(
      Neighbourhood,
      DEMO_FORCE.flatMap((area) =>
        area.neighbourhoods.map(({ id, slug, name }) => ({
          id,
          slug,
          name,
          policingArea: area.id,
        })),
      ),
    );
    const existing = new Set(
      (await tx.find(StaffAccount, { email: { $in: DEMO_STAFF.map((s) => s.email) } })).map(
        (account) => account.email,
      ),
    );
    for (const staff of DEMO_STAFF.filter((s) => !existing.has(s.email))) {
      tx.create(StaffAccount, {
        id: stableId('staff', staff.email),
        email: staff.email,
        name: staff.name,
        role: staff.role,
        passwordHash: await hashPassword(DEMO_STAFF_PASSWORD),
        neighbourhood: staff.neighbourhoodId ?? null,
        policingArea: staff.policingAreaId ?? null,
      });
    }
  });
  logger.info('demo force seeded');
}
