import type { CompliancePeriod, StandardRollup } from '#lib/compliance.ts';
import { todayInLondon } from '#lib/forms/dates.ts';
import {
  forbidden,
  PERIOD_FIELDS,
  ROLLUP_FIELDS,
  seesForceCompliance,
  withPeriod,
} from '#lib/server/compliance.ts';
import type { PageServerLoad } from './$types';

const FORCE_COMPLIANCE = /* GraphQL */ `
  query ForceCompliance($period: PeriodInput) {
    forceCompliance(period: $period) {
      ${PERIOD_FIELDS}
      areas {
        policingArea {
          id
          slug
          name
        }
        ${ROLLUP_FIELDS}
      }
      ${ROLLUP_FIELDS}
    }
  }
`;

export interface AreaRollup {
  policingArea: { id: string; slug: string; name: string };
  rollup: StandardRollup[];
}

interface ForceCompliance {
  period: CompliancePeriod;
  areas: AreaRollup[];
  rollup: StandardRollup[];
}

/** The whole force against the standards, NPA by NPA: administrators and analysts only. */
export const load = (async ({ locals, url }) => {
  if (!seesForceCompliance(locals.actor)) forbidden();
  const { choice, data } = await withPeriod(url, (variables) =>
    locals.gateway.request<{ forceCompliance: ForceCompliance }>(FORCE_COMPLIANCE, variables),
  );
  return {
    compliance: data?.forceCompliance ?? null,
    choice,
    thisYear: Number(todayInLondon().slice(0, 4)),
  };
}) satisfies PageServerLoad;
