import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_FORCE, type Logger } from '@engage/shared';
import { announceNeighbourhood } from '../modules/geography/announce-neighbourhood.ts';
import { CoverageArea } from '../modules/geography/coverage-area.entity.ts';
import { NeighbourhoodProfile } from '../modules/geography/neighbourhood-profile.entity.ts';
import { Neighbourhood } from '../modules/geography/neighbourhood.entity.ts';
import { saveProfileIfChanged } from '../modules/geography/save-profile.ts';
import { PolicingArea } from '../modules/geography/policing-area.entity.ts';
import { PostcodeSector } from '../modules/geography/postcode-sector.entity.ts';
import { Officer } from '../modules/people/officer.entity.ts';
import { demoCoverage, demoSectors } from './demo-coverage.ts';
import { demoOfficers } from './demo-people.ts';
import { demoProfile } from './demo-profiles.ts';
import { demoTeamContact } from './demo-team-contacts.ts';
import { seedDemoStaff } from './demo-staff-accounts.ts';
import { seedDemoCommanderUpdates } from './demo-commander-updates.ts';
import { seedDemoCommunityEvents } from './demo-community-events.ts';
import { seedDemoPriorities } from './demo-priorities.ts';
import { seedDemoEngagements } from './demo-engagements.ts';
import { seedDemoSocialPosts } from './demo-social-media.ts';

/** The first three NPAs are the city's; the rest are county towns and villages. */
const teams = DEMO_FORCE.flatMap((area, areaIndex) =>
  area.neighbourhoods.map((neighbourhood) => ({ area, neighbourhood, urban: areaIndex < 3 })),
);

/**
 * DEMO DATA: the demo force's areas, teams, coverage, profiles, officers and one sign-in per
 * role. Upserts by id, so running it on every start changes nothing after the first.
 */
export async function seedDemoData(em: EntityManager, logger: Logger): Promise<void> {
  await em.transactional(async (tx) => {
    const known = new Set(
      (await tx.find(Neighbourhood, {}, { fields: ['id'] })).map(({ id }) => id),
    );
    await tx.upsertMany(
      PolicingArea,
      DEMO_FORCE.map(({ id, slug, name }) => ({ id, slug, name })),
    );
    await tx.upsertMany(
      Neighbourhood,
      teams.map(({ area, neighbourhood }, index) => ({
        id: neighbourhood.id,
        slug: neighbourhood.slug,
        name: neighbourhood.name,
        policingArea: area.id,
        ...demoTeamContact(neighbourhood, index),
      })),
    );
    for (const { area, neighbourhood } of teams) {
      if (!known.has(neighbourhood.id)) announceNeighbourhood(tx, neighbourhood, area);
    }
    await tx.upsertMany(
      CoverageArea,
      teams.flatMap(({ neighbourhood, urban }) => demoCoverage(neighbourhood, urban)),
    );
    await tx.upsertMany(
      PostcodeSector,
      teams.flatMap(({ neighbourhood }) => demoSectors(neighbourhood)),
    );
    // A team whose census figures were imported keeps them: the demo never overwrites real data.
    const imported = new Set(
      (
        await tx.find(NeighbourhoodProfile, { isDemoData: false }, { fields: ['neighbourhood'] })
      ).map((profile) => profile.neighbourhood.id),
    );
    const now = new Date();
    for (const { neighbourhood, urban } of teams) {
      if (imported.has(neighbourhood.id)) continue;
      await saveProfileIfChanged(tx, neighbourhood.id, demoProfile(neighbourhood, urban), now);
    }
    await tx.upsertMany(
      Officer,
      teams.flatMap(({ neighbourhood }, index) => demoOfficers(neighbourhood, index)),
    );
    await seedDemoStaff(tx);
    await seedDemoPriorities(tx);
    await seedDemoCommunityEvents(tx);
    await seedDemoCommanderUpdates(tx);
    await seedDemoEngagements(tx);
    await seedDemoSocialPosts(tx);
  });
  logger.info('demo force seeded');
}
