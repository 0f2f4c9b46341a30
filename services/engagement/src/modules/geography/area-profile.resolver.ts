import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { EngagementContext } from '../../context.ts';
import { combineProfiles } from './combine-profiles.ts';
import { NeighbourhoodProfile } from './neighbourhood-profile.entity.ts';
import { PolicingArea } from './policing-area.entity.ts';

/** Public census figures for more than one team, added up from the teams' own profiles. */
@Resolver(() => PolicingArea)
export class AreaProfileResolver {
  @FieldResolver(() => NeighbourhoodProfile, {
    nullable: true,
    description:
      'Who lives in the NPA: its teams’ profiles added up; null when none of its teams has one.',
  })
  async profile(@Root() area: PolicingArea, @Ctx() { loaders }: EngagementContext) {
    return combineProfiles(await loaders.profilesByArea.load(area.id));
  }

  @Query(() => NeighbourhoodProfile, {
    nullable: true,
    description:
      'Who lives in the force area: every team’s profile added up; null when no team has one.',
  })
  async forceProfile(@Ctx() { em }: EngagementContext) {
    return combineProfiles(await em.find(NeighbourhoodProfile, {}));
  }
}
