import { error } from '@sveltejs/kit';
import { ukToday } from '@engage/shared/uk-time';
import { forbidden, seesAreaCompliance, withPeriod } from '#lib/compliance/compliance.server.ts';
import type { PageServerLoad } from './$types';
import { graphql } from '#lib/graphql/index.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';

const AREA_COMPLIANCE = graphql(`
  query AreaCompliance($slug: String!, $period: PeriodInput) {
    policingArea(slug: $slug) {
      id
      slug
      name
      compliance(period: $period) {
        period {
          ...PeriodFields
        }
        teams {
          neighbourhood {
            id
            slug
            name
          }
          standards {
            standard
            status
            dueBy
            required
            achieved
          }
        }
        rollup {
          ...RollupFields
        }
      }
    }
  }
`);

/** Just the area, to name it above a period the gateway would not show. */
const AREA = graphql(`
  query StaffArea($slug: String!) {
    policingArea(slug: $slug) {
      id
      slug
      name
    }
  }
`);

/**
 * An NPA's dashboard: every team against the seven standards, for the period in the query string
 * (this month by default). Its commander, analysts and administrators only: the gateway refuses
 * anyone else (403).
 */
export const load = (async ({ locals, params, url }) => {
  const { choice, data } = await withPeriod(url, (variables) =>
    locals.gateway.request(AREA_COMPLIANCE, { slug: params.slug, ...variables }),
  );
  const thisYear = Number(ukToday().slice(0, 4));
  if (data) {
    if (!data.policingArea) error(404, 'NOT_FOUND');
    const { compliance, ...area } = data.policingArea;
    return { area, compliance, choice, thisYear };
  }
  // No data: the period was wrong. Show the chooser again, to those who may see the dashboard.
  const { policingArea } = await orStatusPage(locals.gateway.request(AREA, { slug: params.slug }));
  if (!policingArea) error(404, 'NOT_FOUND');
  if (!seesAreaCompliance(locals.actor, policingArea.id)) forbidden();
  return { area: policingArea, compliance: null, choice, thisYear };
}) satisfies PageServerLoad;
