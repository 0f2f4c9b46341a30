import { error } from '@sveltejs/kit';
import type { Page, SocialPost } from '#lib/teams/team-work.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { graphql } from '#lib/graphql/index.ts';
import { orStatusPage } from '#lib/server/gateway-errors.ts';

/** A page of the log: 25 rows, under a month at one post a day. */
export const POSTS_PER_PAGE = 25;

const TEAM_SOCIAL_POSTS = graphql(`
  query TeamSocialPosts($slug: String!, $first: Int!, $after: String) {
    neighbourhood(slug: $slug) {
      id
      socialPosts(first: $first, after: $after) {
        nodes {
          id
          postedOn
          channel
          link
          youSaidWeDid
        }
        totalCount
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RECORD_SOCIAL_POST = graphql(`
  mutation RecordSocialPost($input: SocialPostInput!) {
    recordSocialPost(input: $input) {
      id
    }
  }
`);

export const DELETE_SOCIAL_POST = graphql(`
  mutation DeleteSocialPost($id: ID!) {
    deleteSocialPost(id: $id)
  }
`);

export async function socialPostsPage(
  gateway: Gateway,
  slug: string,
  after: string | null,
): Promise<Page<SocialPost>> {
  const { neighbourhood } = await orStatusPage(
    gateway.request(TEAM_SOCIAL_POSTS, { slug, first: POSTS_PER_PAGE, after }),
  );
  if (!neighbourhood) error(404, 'NOT_FOUND');
  return neighbourhood.socialPosts;
}
