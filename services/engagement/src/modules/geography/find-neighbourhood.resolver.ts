import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { EngagementContext } from '../../context.ts';
import { parsePostcode } from '../postcodes/postcode.ts';
import {
  InvalidPostcode,
  PostcodeMatch,
  PostcodeNotFound,
  PostcodeSearchResult,
} from './postcode-search.types.ts';

/** Upper bound on what we read of a typed postcode: the longest real one is 8 characters. */
const MAX_INPUT = 20;

@Resolver()
export class FindNeighbourhoodResolver {
  @Query(() => PostcodeSearchResult, {
    description:
      'The team that polices a postcode. Bad input is an answer (InvalidPostcode), not an error, ' +
      'so a form can show it beside the field.',
  })
  async findNeighbourhood(
    @Arg('postcode', { description: 'A UK postcode, in any case and spacing (LE1 2AB, le12ab).' })
    input: string,
    @Ctx() { loaders }: EngagementContext,
  ): Promise<PostcodeMatch | PostcodeNotFound | InvalidPostcode> {
    const parsed = parsePostcode(input.slice(0, MAX_INPUT));
    if (!parsed.ok) return Object.assign(new InvalidPostcode(), { reason: parsed.reason });
    const located = await loaders.locator.locate(parsed);
    if (located.kind === 'found') {
      const neighbourhood = await loaders.neighbourhoodById.load(located.neighbourhoodId);
      if (neighbourhood) {
        return Object.assign(new PostcodeMatch(), { postcode: parsed.postcode, neighbourhood });
      }
    }
    return Object.assign(new PostcodeNotFound(), {
      postcode: parsed.postcode,
      lookupUnavailable: located.kind === 'unavailable',
    });
  }
}
