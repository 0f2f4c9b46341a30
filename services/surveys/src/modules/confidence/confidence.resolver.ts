import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SurveysContext } from '../../context.ts';
import { ConfidenceHeadline } from '../scores/scores.types.ts';
import type { AreaHeadline } from '../scores/confidence-headline.ts';
import { headlineKey } from './confidence.loaders.ts';
import { Confidence } from './confidence.type.ts';
import { Neighbourhood } from './neighbourhood.extension.ts';

@Resolver(() => Neighbourhood)
export class NeighbourhoodConfidenceResolver {
  @FieldResolver(() => Confidence, {
    nullable: true,
    description:
      'The latest "Your Views" result the team has answers in, shown or not; null before the ' +
      'first round closes. For a headline, use `confidenceHeadline`.',
  })
  async confidence(
    @Root() neighbourhood: Neighbourhood,
    @Ctx() { loaders }: SurveysContext,
  ): Promise<Confidence | null> {
    return loaders.latestConfidenceByNeighbourhood.load(neighbourhood.id);
  }

  @FieldResolver(() => ConfidenceHeadline, {
    nullable: true,
    description:
      "The team's headline confidence: its latest round (force-wide or its NPA's), and the last " +
      'figure with enough answers when that round has none to show; null before the first closes.',
  })
  async confidenceHeadline(
    @Root() neighbourhood: Neighbourhood,
    @Ctx() { loaders }: SurveysContext,
  ): Promise<AreaHeadline | null> {
    return loaders.confidenceHeadline.load(headlineKey('NEIGHBOURHOOD', neighbourhood.id));
  }
}
