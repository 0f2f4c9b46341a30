import { Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { appError } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { PolicingArea } from '../geography/policing-area.entity.ts';
import { passwordMatches } from './password.ts';
import { StaffAccount } from './staff-account.entity.ts';
import { AuthenticateStaffArgs } from './staff.input.ts';

@Resolver(() => StaffAccount)
export class StaffResolver {
  @Query(() => StaffAccount, {
    nullable: true,
    description: 'The member of staff making the request; null when anonymous.',
  })
  me(@Ctx() { em, actor }: EngagementContext): Promise<StaffAccount | null> {
    if (actor.kind !== 'staff') return Promise.resolve(null);
    return em.findOne(StaffAccount, { id: actor.id });
  }

  @Mutation(() => StaffAccount, {
    nullable: true,
    description:
      'Checks a staff sign-in. Only the portal may call it; null when the email or password is wrong.',
  })
  async authenticateStaff(
    @Args() { email, password }: AuthenticateStaffArgs,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<StaffAccount | null> {
    if (actor.kind !== 'service') {
      throw appError('FORBIDDEN', 'Only the portal can check a staff sign-in.');
    }
    const account = await em.findOne(StaffAccount, { email: email.toLowerCase() });
    const matches = await passwordMatches(account?.passwordHash ?? null, password);
    return matches ? account : null;
  }

  @FieldResolver(() => Neighbourhood, { nullable: true, description: 'An officer’s team.' })
  neighbourhood(@Root() account: StaffAccount, @Ctx() { loaders }: EngagementContext) {
    return account.neighbourhood ? loaders.neighbourhoodById.load(account.neighbourhood.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true })
  neighbourhoodId(@Root() account: StaffAccount): string | null {
    return account.neighbourhood?.id ?? null;
  }

  @FieldResolver(() => PolicingArea, { nullable: true, description: 'A commander’s NPA.' })
  policingArea(@Root() account: StaffAccount, @Ctx() { loaders }: EngagementContext) {
    return account.policingArea ? loaders.policingAreaById.load(account.policingArea.id) : null;
  }

  @FieldResolver(() => ID, { nullable: true })
  policingAreaId(@Root() account: StaffAccount): string | null {
    return account.policingArea?.id ?? null;
  }
}
