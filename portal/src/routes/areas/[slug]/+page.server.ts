import { error } from '@sveltejs/kit';
import type { PolicingAreaSummary } from '#lib/areas/areas.ts';
import type { CommanderUpdate } from '#lib/teams/team-work.ts';
import type { LatestNewsletterLink } from '#lib/components/have-your-say.ts';
import { log } from '#lib/server/log.ts';
import { openRoundsForArea } from '#lib/surveys/open-rounds.server.ts';
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
        latestNewsletter {
          title
          month
          publishedAt
        }
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

/** The newsletters service's part: the page stands without it. */
const NEWSLETTERS_PANEL = 'policingArea.neighbourhoods.latestNewsletter';

export const load = (async ({ locals, params }) => {
  const {
    data: { policingArea },
    missing,
  } = await locals.gateway.requestPartial(
    POLICING_AREA,
    { slug: params.slug, updates: UPDATES_SHOWN },
    [NEWSLETTERS_PANEL],
  );
  if (!policingArea) error(404, 'Policing area not found');
  if (missing.size > 0) {
    log.warn('an area page is shown without its teams’ newsletters', { slug: params.slug });
  }
  const { neighbourhoods, ...area } = policingArea;
  return {
    policingArea: {
      ...area,
      neighbourhoods: neighbourhoods.map(({ id, slug, name }) => ({ id, slug, name })),
    },
    /** "Have your say": the survey open in the area now, and each team's latest newsletter. */
    openRounds: await openRoundsForArea(locals.gateway, policingArea.id),
    latestNewsletters: missing.has(NEWSLETTERS_PANEL)
      ? null
      : neighbourhoods.flatMap(({ slug, name, latestNewsletter }): LatestNewsletterLink[] =>
          latestNewsletter?.publishedAt
            ? [{ teamSlug: slug, teamName: name, ...latestNewsletter }]
            : [],
        ),
  };
}) satisfies PageServerLoad;
