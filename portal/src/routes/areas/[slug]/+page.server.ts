import { error } from '@sveltejs/kit';
import type { PolicingAreaSummary } from '#lib/areas/areas.ts';
import type { CommanderUpdate } from '#lib/teams/team-work.ts';
import type { PageServerLoad } from './$types';
import { graphql } from '#lib/graphql/index.ts';

/** The commander posts weekly; five is about a month of updates, enough to show what is going on. */
const UPDATES_SHOWN = 5;

const POLICING_AREA = graphql(`
  query PolicingArea($slug: String!, $updates: Int!) {
    policingArea(slug: $slug) {
      id
      slug
      name
      neighbourhoods {
        id
        slug
        name
      }
      commanderUpdates(first: $updates) {
        id
        title
        body
        videoUrl
        publishedAt
        authorName
      }
    }
  }
`);

export interface PolicingAreaPage extends PolicingAreaSummary {
  /** Newest first. */
  commanderUpdates: CommanderUpdate[];
}

export const load = (async ({ locals, params }) => {
  const { policingArea } = await locals.gateway.request(POLICING_AREA, {
    slug: params.slug,
    updates: UPDATES_SHOWN,
  });
  if (!policingArea) error(404, 'Policing area not found');
  return { policingArea };
}) satisfies PageServerLoad;
