import { error } from '@sveltejs/kit';
import type { CompliancePeriod, StandardDetail } from '#lib/compliance.ts';
import { todayInLondon } from '#lib/forms/dates.ts';
import { PERIOD_FIELDS, withPeriod } from '#lib/server/compliance.ts';
import type { PageServerLoad } from './$types';

const TEAM_COMPLIANCE = /* GraphQL */ `
  query TeamCompliance($slug: String!, $period: PeriodInput) {
    neighbourhood(slug: $slug) {
      id
      compliance(period: $period) {
        ${PERIOD_FIELDS}
        standards {
          standard
          status
          dueBy
          required
          achieved
          evidence {
            date
            description
          }
          evidenceCount
        }
      }
    }
  }
`;

interface TeamCompliance {
  period: CompliancePeriod;
  standards: StandardDetail[];
}

/**
 * How one team meets each standard in the period, with the facts behind it. The layout has
 * already refused anyone who may not see it; the gateway decides again (403).
 */
export const load = (async ({ locals, params, url }) => {
  const { choice, data } = await withPeriod(url, (variables) =>
    locals.gateway.request<{ neighbourhood: { id: string; compliance: TeamCompliance } | null }>(
      TEAM_COMPLIANCE,
      { slug: params.slug, ...variables },
    ),
  );
  if (data && !data.neighbourhood) error(404, 'NOT_FOUND');
  return {
    compliance: data?.neighbourhood?.compliance ?? null,
    choice,
    thisYear: Number(todayInLondon().slice(0, 4)),
  };
}) satisfies PageServerLoad;
