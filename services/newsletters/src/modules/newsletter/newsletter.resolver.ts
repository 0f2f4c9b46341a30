import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { NewslettersContext } from '../../context.ts';
import { Neighbourhood } from './neighbourhood.extension.ts';
import { Newsletter } from './newsletter.entity.ts';

@Resolver(() => Neighbourhood)
export class NeighbourhoodNewsletterResolver {
  @FieldResolver(() => Newsletter, {
    nullable: true,
    description: 'The newest published issue; null until the team publishes one.',
  })
  latestNewsletter(@Root() neighbourhood: Neighbourhood, @Ctx() { loaders }: NewslettersContext) {
    return loaders.latestNewsletterByNeighbourhood.load(neighbourhood.id);
  }
}
