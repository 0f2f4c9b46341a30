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
    const result = await loaders.latestResultByNeighbourhood.load(neighbourhood.id);
    if (!result) return null;
    return { score: Number(result.score), responses: result.responses, round: result.roundLabel };
  }
}
