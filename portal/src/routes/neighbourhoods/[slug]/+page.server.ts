import { error } from '@sveltejs/kit';
import { residentLanguageOf } from '@engage/shared/languages';
import { getLocale } from '#lib/paraglide/runtime.js';
import { log } from '#lib/server/log.ts';
import { teamPolls } from '#lib/surveys/polls.server.ts';
import { openRoundsForArea } from '#lib/surveys/open-rounds.server.ts';
import type { Poll } from '#lib/surveys/surveys.ts';
import type { PageServerLoad } from './$types';
import { graphql } from '#lib/graphql/index.ts';

/**
 * One federated query: engagement owns the neighbourhood and the team's work (priorities, events,
 * the commander's update), surveys and newsletters extend it. Anonymous, so only published
 * priorities and events come back.
 */
const NEIGHBOURHOOD = graphql(`
  query Neighbourhood($slug: String!, $language: ResidentLanguage!) {
    neighbourhood(slug: $slug) {
      id
      slug
      name
      description
      contactPhone
      contactEmail
      policingArea {
        id
        slug
        name
        latestCommanderUpdate {
          title
          body
          publishedAt
          authorName
        }
      }
      officers {
        id
        name
        role
        bio
        photoUrl
      }
      coverage {
        name
        kind
      }
      postcodeSectors
      profile {
        population
        deprivationDecile
        ageBands {
          group
          code
          share
        }
        ethnicity {
          group
          code
          share
        }
        mainLanguages
        isDemoData
        sources {
          table
          release
        }
      }
      confidenceHeadline {
        latest {
          ...HeadlineRoundFields
        }
        shown {
          ...HeadlineRoundFields
        }
      }
      latestNewsletter {
        title
        month
        publishedAt
      }
      priorities {
        id
        year
        quarter
        title
        residentsSaid
        source
        status
        translation(language: $language) {
          title
          residentsSaid
        }
        updates {
          id
          actionOn
          weDid
          translation(language: $language) {
            weDid
          }
        }
      }
      upcomingEvents {
        id
        title
        startsAt
        endsAt
        place
        accessibilityNotes
      }
    }
  }
`);

/** What the page can show without: the surveys and the newsletters services' panels. */
const SURVEYS_PANEL = 'neighbourhood.confidenceHeadline';
const NEWSLETTERS_PANEL = 'neighbourhood.latestNewsletter';
export const load = (async ({ locals, params }) => {
  const {
    data: { neighbourhood },
    missing,
  } = await locals.gateway.requestPartial(
    NEIGHBOURHOOD,
    // Only the page's language: every translation of every priority would cost far more.
    { slug: params.slug, language: residentLanguageOf(getLocale()) },
    [SURVEYS_PANEL, NEWSLETTERS_PANEL],
  );
  if (!neighbourhood) error(404, 'Neighbourhood not found');
  if (missing.size > 0) {
    log.warn('a team page is shown without some panels', {
      slug: params.slug,
      missing: [...missing],
    });
  }
  const [polls, openRounds] = await Promise.all([
    openPolls(locals.gateway, neighbourhood.id),
    openRoundsForArea(locals.gateway, neighbourhood.policingArea.id),
  ]);
  return {
    neighbourhood,
    polls,
    /** "Have your say": the survey open here now (null: the surveys service did not answer). */
    openRounds,
    /** Panels whose service did not answer: the page says so instead of "none yet". */
    unavailable: {
      surveys: missing.has(SURVEYS_PANEL),
      newsletters: missing.has(NEWSLETTERS_PANEL),
    },
  };
}) satisfies PageServerLoad;

/** The team's open quick polls; the page stands without them when the surveys service is down. */
async function openPolls(gateway: App.Locals['gateway'], neighbourhoodId: string): Promise<Poll[]> {
  try {
    return await teamPolls(gateway, neighbourhoodId);
  } catch (caught) {
    log.warn('quick polls could not be loaded for a team page', { neighbourhoodId, error: caught });
    return [];
  }
}
