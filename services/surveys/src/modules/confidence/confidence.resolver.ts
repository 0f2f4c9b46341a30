import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SurveysContext } from '../../context.ts';
import { Confidence } from './confidence.type.ts';
import { Neighbourhood } from './neighbourhood.extension.ts';

@Resolver(() => Neighbourhood)
export class NeighbourhoodConfidenceResolver {
  @FieldResolver(() => Confidence, {
    nullable: true,
    description: 'The latest "Your Views" result; null before the first round closes.',
  })
  async confidence(
    @Root() neighbourhood: Neighbourhood,
    @Ctx() { loaders }: SurveysContext,
  ): Promise<Confidence | null> {
    return loaders.latestConfidenceByNeighbourhood.load(neighbourhood.id);
  }
}
