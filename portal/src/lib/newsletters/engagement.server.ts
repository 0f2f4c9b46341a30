import { error } from '@sveltejs/kit';
import { graphql } from '#lib/graphql/index.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';
import type { MonthlyEngagement } from './engagement.ts';

graphql(`
  fragment ResidentCountFields on NewsletterResidentCount {
    value
    fewerThan
  }
`);

graphql(`
  fragment NewsletterEngagementFields on NewsletterEngagement {
    delivered {
      ...ResidentCountFields
    }
    bounced {
      ...ResidentCountFields
    }
    unsubscribed {
      ...ResidentCountFields
    }
    archiveViews
  }
`);

const TREND = graphql(`
  query NewsletterEngagementTrend($slug: String!) {
    neighbourhood(slug: $slug) {
      id
      newsletterEngagementTrend(months: 12) {
        month
        issuesPublished
        delivered {
          ...ResidentCountFields
        }
        bounced {
          ...ResidentCountFields
        }
        unsubscribed {
          ...ResidentCountFields
        }
        archiveViews
      }
    }
  }
`);

/** The team's last 12 months, oldest first, as the service publishes them (suppressed there). */
export async function newsletterEngagementTrend(
  gateway: Gateway,
  slug: string,
): Promise<MonthlyEngagement[]> {
  const { neighbourhood } = await orStatusPage(gateway.request(TREND, { slug }));
  if (!neighbourhood) error(404, 'NOT_FOUND');
  return neighbourhood.newsletterEngagementTrend;
}
