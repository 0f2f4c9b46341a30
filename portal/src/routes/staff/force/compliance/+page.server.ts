import type { StandardRollup } from '#lib/compliance/compliance.ts';
import { ukToday } from '@engage/shared/uk-time';
import { forbidden, seesForceCompliance, withPeriod } from '#lib/compliance/compliance.server.ts';
import type { PageServerLoad } from './$types';
import { graphql } from '#lib/graphql/index.ts';

const FORCE_COMPLIANCE = graphql(`
  query ForceCompliance($period: PeriodInput) {
    forceCompliance(period: $period) {
      period {
        ...PeriodFields
      }
      areas {
        policingArea {
          id
          slug
          name
        }
        rollup {
          ...RollupFields
        }
      }
      rollup {
        ...RollupFields
      }
    }
  }
`);

export interface AreaRollup {
  policingArea: { id: string; slug: string; name: string };
  rollup: StandardRollup[];
}

/** The whole force against the standards, NPA by NPA: administrators and analysts only. */
export const load = (async ({ locals, url }) => {
  if (!seesForceCompliance(locals.actor)) forbidden();
  const { choice, data } = await withPeriod(url, (variables) =>
    locals.gateway.request(FORCE_COMPLIANCE, variables),
  );
  return {
    compliance: data?.forceCompliance ?? null,
    choice,
    thisYear: Number(ukToday().slice(0, 4)),
  };
}) satisfies PageServerLoad;
