import { error, redirect } from '@sveltejs/kit';
import type { PolicingAreaSummary } from '#lib/areas/areas.ts';
import type { InvalidPostcode } from '#lib/areas/postcode.ts';
import type { PageServerLoad } from './$types';
import { graphql } from '#lib/graphql/index.ts';

/**
 * One query: the search, and every area in case the postcode is not ours. The list is 9 areas
 * and 54 names, cheaper than a second trip to the gateway on the "not found" path.
 */
const FIND_NEIGHBOURHOOD = graphql(`
  query FindNeighbourhood($postcode: String!) {
    findNeighbourhood(postcode: $postcode) {
      __typename
      ... on PostcodeMatch {
        postcode
        neighbourhood {
          slug
        }
      }
      ... on PostcodeNotFound {
        postcode
        lookupUnavailable
      }
      ... on InvalidPostcode {
        reason
      }
    }
    policingAreas {
      ...PolicingAreaSummaryFields
    }
  }
`);

/** What /find shows: just the form, or the postcode we could not place and every area to choose. */
export type FindPage =
  | { kind: 'form' }
  | {
      kind: 'not-found';
      /** As typed, for the form. */
      typed: string;
      /** As the gateway normalised it ("LE1 2AB"), for the message. */
      postcode: string;
      lookupUnavailable: boolean;
      policingAreas: PolicingAreaSummary[];
    };

/**
 * The longest UK postcode is 8 characters with its space; anything far longer is not one, and
 * need not travel to the gateway (which decides every other rule).
 */
const MAX_POSTCODE_LENGTH = 20;

/** A postcode that cannot be searched: the form again, with the reason, as a 400. */
function invalid(invalidPostcode: InvalidPostcode): never {
  error(400, 'Invalid postcode', { invalidPostcode });
}

export const load = (async ({ locals, url }): Promise<FindPage> => {
  const typed = url.searchParams.get('postcode');
  if (typed === null) return { kind: 'form' };
  if (typed.length > MAX_POSTCODE_LENGTH) invalid({ value: typed, reason: 'MALFORMED' });

  const { findNeighbourhood: result, policingAreas } = await locals.gateway.request(
    FIND_NEIGHBOURHOOD,
    { postcode: typed },
  );
  if (result.__typename === 'PostcodeMatch') {
    redirect(303, `/neighbourhoods/${encodeURIComponent(result.neighbourhood.slug)}`);
  }
  if (result.__typename === 'InvalidPostcode') invalid({ value: typed, reason: result.reason });
  return {
    kind: 'not-found',
    typed,
    postcode: result.postcode,
    lookupUnavailable: result.lookupUnavailable,
    policingAreas,
  };
}) satisfies PageServerLoad;
