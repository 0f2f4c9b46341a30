import { DEMO_FORCE, createLogger, type Actor } from '@engage/shared';
import { testSecret, type SubgraphHarness } from '@engage/shared/testing';
import { teamSubscriptions } from '../src/modules/teams/teams.subscriptions.ts';

// The settings the stack passes the service, fresh per test file (surveySettings reads them once).
process.env['INVITATION_SIGNING_SECRET'] ??= testSecret();
process.env['PORTAL_URL'] ??= 'http://127.0.0.1:5173';
export const INVITATION_SECRET = process.env['INVITATION_SIGNING_SECRET'];

/** The local team copy, as engagement's `neighbourhood.upserted` events would leave it. */
export async function receiveDemoTeams(harness: SubgraphHarness): Promise<void> {
  const em = harness.orm.em.fork();
  const logger = createLogger('test', 'silent');
  for (const area of DEMO_FORCE) {
    for (const team of area.neighbourhoods) {
      await teamSubscriptions['neighbourhood.upserted']!(
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

export const area = DEMO_FORCE[2]!;
export const team = area.neighbourhoods[1]!;
export const otherArea = DEMO_FORCE[4]!;

export const admin: Actor = { kind: 'staff', id: 'adm-1', name: 'Admin', role: 'ADMIN' };
export const analyst: Actor = { kind: 'staff', id: 'an-1', name: 'Analyst', role: 'ANALYST' };
export const reviewer: Actor = { kind: 'staff', id: 'rv-1', name: 'Reviewer', role: 'REVIEWER' };
export const commander: Actor = {
  kind: 'staff',
  id: 'c-1',
  name: 'Insp A',
  role: 'COMMANDER',
  policingAreaId: area.id,
};
export const officer: Actor = {
  kind: 'staff',
  id: 'o-1',
  name: 'PC B',
  role: 'OFFICER',
  neighbourhoodId: team.id,
};

/** The code a client acts on. */
export function errorCode(errors: readonly { extensions?: Record<string, unknown> }[] | undefined) {
  return errors?.[0]?.extensions?.['code'] as string | undefined;
}
