import { Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isService, type Actor } from '@engage/shared/auth';
import { appError } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { PolicingArea } from '../geography/policing-area.entity.ts';
import { passwordMatches } from './password.ts';
import { StaffAccount } from './staff-account.entity.ts';
import {
  attemptFailed,
  attemptSucceeded,
  beginAttempt,
  clearExpiredSignInLimits,
  signInKeys,
} from './sign-in-throttle.ts';
import { endSession, staffForSession, startSession } from './staff-sessions.ts';
import { StaffSignIn } from './staff-sign-in.ts';
import { AuthenticateStaffArgs, StaffSessionArgs } from './staff.input.ts';

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

  @Mutation(() => StaffSignIn, {
    nullable: true,
    description:
      'Checks a staff sign-in and starts a session. Only the portal may call it; null when the email or password is wrong; RATE_LIMITED after too many failures, for the account or for the visitor (README, "Security").',
  })
  async authenticateStaff(
    @Args() { email, password }: AuthenticateStaffArgs,
    @Ctx() { em, actor, client }: EngagementContext,
  ): Promise<StaffSignIn | null> {
    requirePortal(actor, 'Only the portal can check a staff sign-in.');
    const keys = signInKeys(email, client);
    await beginAttempt(em, keys);
    const account = await em.findOne(StaffAccount, { email: email.toLowerCase() });
    const matches = await passwordMatches(account?.passwordHash ?? null, password);
    if (!account || !matches || account.disabledAt) {
      await attemptFailed(em, keys);
      return null;
    }
    await attemptSucceeded(em, keys);
    await clearExpiredSignInLimits(em);
    return { token: await startSession(em, account), staff: account };
  }

  @Query(() => StaffAccount, {
    nullable: true,
    description:
      'The member of staff a session token belongs to, as their account is now; null once the session has ended (signed out, 30 minutes idle, 12 hours old, account disabled or deleted). Counts as activity. Only the portal may ask.',
  })
  staffSession(
    @Args() { token }: StaffSessionArgs,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<StaffAccount | null> {
    requirePortal(actor, 'Only the portal can read a staff session.');
    return staffForSession(em, token);
  }

  @Mutation(() => Boolean, {
    description: 'Ends a staff session (signing out). Only the portal may call it.',
  })
  async endStaffSession(
    @Args() { token }: StaffSessionArgs,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<boolean> {
    requirePortal(actor, 'Only the portal can end a staff session.');
    await endSession(em, token);
    return true;
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

function requirePortal(actor: Actor, message: string): void {
  if (!isService(actor, 'portal')) throw appError('FORBIDDEN', message);
}
