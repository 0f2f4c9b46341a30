import { DEMO_FORCE, createLogger } from '@engage/shared';
import { testSecret, type SubgraphHarness } from '@engage/shared/testing';
import { neighbourhoodSubscriptions } from '../../src/modules/neighbourhoods/neighbourhood.subscriptions.ts';

// The settings the stack passes the service, fresh per test file (surveySettings reads them once).
process.env['INVITATION_SIGNING_SECRET'] ??= testSecret();
process.env['PORTAL_URL'] ??= 'http://127.0.0.1:5173';
export const INVITATION_SECRET = process.env['INVITATION_SIGNING_SECRET'];

/** The local team copy, as engagement's `neighbourhood.upserted` events would leave it. */
export async function receiveDemoTeams(harness: Pick<SubgraphHarness, 'orm'>): Promise<void> {
  const em = harness.orm.em.fork();
  const logger = createLogger('test', 'silent');
  for (const area of DEMO_FORCE) {
    for (const team of area.neighbourhoods) {
      await neighbourhoodSubscriptions['neighbourhood.upserted']!(
        em,
        {
          neighbourhoodId: team.id,
          name: team.name,
          slug: team.slug,
          policingAreaId: area.id,
          policingAreaName: area.name,
          policingAreaSlug: area.slug,
        },
        logger,
      );
    }
  }
  await em.flush();
}
