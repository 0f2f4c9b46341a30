import { error } from '@sveltejs/kit';
import { ukToday } from '@engage/shared/uk-time';
import { withPeriod } from '#lib/compliance/compliance.server.ts';
import type { PageServerLoad } from './$types';
import { graphql } from '#lib/graphql/index.ts';

const TEAM_COMPLIANCE = graphql(`
  query TeamCompliance($slug: String!, $period: PeriodInput) {
    neighbourhood(slug: $slug) {
      id
      compliance(period: $period) {
        period {
          ...PeriodFields
        }
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
`);

/**
 * How one team meets each standard in the period, with the facts behind it. The layout has
 * already refused anyone who may not see it; the gateway decides again (403).
 */
export const load = (async ({ locals, params, url }) => {
  const { choice, data } = await withPeriod(url, (variables) =>
    locals.gateway.request(TEAM_COMPLIANCE, { slug: params.slug, ...variables }),
  );
  if (data && !data.neighbourhood) error(404, 'NOT_FOUND');
  return {
    compliance: data?.neighbourhood?.compliance ?? null,
    choice,
    thisYear: Number(ukToday().slice(0, 4)),
  };
}) satisfies PageServerLoad;
