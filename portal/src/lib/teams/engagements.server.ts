import { error } from '@sveltejs/kit';
import type { Engagement, Page } from '#lib/teams/team-work.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { graphql } from '#lib/graphql/index.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';

/** A page of the tracker: 25 rows is a month or two for a busy team, and a table that still reads. */
export const ENGAGEMENTS_PER_PAGE = 25;

graphql(`
  fragment EngagementFields on Engagement {
    id
    kind
    heldOn
    place
    attendance
    partners
    communitiesReached
    notes
  }
`);

const TEAM_ENGAGEMENTS = graphql(`
  query TeamEngagements($slug: String!, $first: Int!, $after: String) {
    neighbourhood(slug: $slug) {
      id
      engagements(first: $first, after: $after) {
        nodes {
          ...EngagementFields
        }
        totalCount
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RECORD_ENGAGEMENT = graphql(`
  mutation RecordEngagement($input: EngagementInput!) {
    recordEngagement(input: $input) {
      id
    }
  }
`);

export const UPDATE_ENGAGEMENT = graphql(`
  mutation UpdateEngagement($id: ID!, $input: EngagementInput!) {
    updateEngagement(id: $id, input: $input) {
      id
    }
  }
`);

export const DELETE_ENGAGEMENT = graphql(`
  mutation DeleteEngagement($id: ID!) {
    deleteEngagement(id: $id)
  }
`);

/** One page, newest first, after the cursor `after` (the first page when null). */
export async function engagementsPage(
  gateway: Gateway,
  slug: string,
  after: string | null,
): Promise<Page<Engagement>> {
  const { neighbourhood } = await orStatusPage(
    gateway.request(TEAM_ENGAGEMENTS, {
      slug,
      first: ENGAGEMENTS_PER_PAGE,
      after,
    }),
  );
  if (!neighbourhood) error(404, 'NOT_FOUND');
  return neighbourhood.engagements;
}

export const engagementsPath = (slug: string) =>
  `/staff/teams/${encodeURIComponent(slug)}/engagements`;
