import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { appError, textProblem } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { StaffAccount } from '../staff/staff-account.entity.ts';
import { requireStaff, requireTokenHolder, requireAdmin } from './api-token-access.ts';
import { issueApiToken } from './api-token-secrets.ts';
import { ApiToken } from './api-token.entity.ts';
import { CreateApiTokenArgs } from './api-token.input.ts';
import { NewApiToken } from './api-token.types.ts';

/** A token works for 30 days unless asked otherwise, and never more than 90: a lost one dies soon. */
export const MAX_TOKEN_DAYS = 90;
/** Enough for one per tool an analyst uses; more usually means old ones were never revoked. */
export const MAX_ACTIVE_TOKENS = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

@Resolver(() => ApiToken)
export class ApiTokensResolver {
  @Query(() => [ApiToken], {
    description:
      'Your own API tokens, newest first, revoked and expired ones included. Analysts and admins only.',
  })
  myApiTokens(@Ctx() { em, actor }: EngagementContext): Promise<ApiToken[]> {
    const staff = requireTokenHolder(actor);
    return em.find(ApiToken, { staff: staff.id }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  @Query(() => [ApiToken], {
    description: 'Every member of staff’s API tokens, newest first. Admins only.',
  })
  apiTokens(@Ctx() { em, actor }: EngagementContext): Promise<ApiToken[]> {
    requireAdmin(actor, 'everyone’s API tokens');
    return em.find(
      ApiToken,
      {},
      { populate: ['staff'], orderBy: { createdAt: 'desc', id: 'asc' } },
    );
  }

  @Mutation(() => NewApiToken, {
    description:
      'Makes a personal API token for you, and shows its secret this once. Analysts and admins only; at most 10 in use at a time.',
  })
  async createApiToken(
    @Args() { name, expiresInDays }: CreateApiTokenArgs,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<NewApiToken> {
    const holder = requireTokenHolder(actor);
    const tidyName = name.trim();
    const nameProblem = textProblem(tidyName, { min: 1, max: 100 });
    if (nameProblem) {
      throw appError(
        'BAD_USER_INPUT',
        nameProblem === 'too-short'
          ? 'Enter a name for the token, so you can tell it from your others.'
          : nameProblem === 'too-long'
            ? 'The name must be 100 characters or fewer.'
            : 'The name contains characters that cannot be used.',
        { field: 'name' },
      );
    }
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > MAX_TOKEN_DAYS) {
      throw appError(
        'BAD_USER_INPUT',
        `A token must expire between 1 and ${MAX_TOKEN_DAYS} days from now.`,
        { field: 'expiresInDays' },
      );
    }
    const now = new Date();
    const active = await em.count(ApiToken, {
      staff: holder.id,
      revokedAt: null,
      expiresAt: { $gt: now },
    });
    if (active >= MAX_ACTIVE_TOKENS) {
      throw appError(
        'BAD_USER_INPUT',
        `You have ${MAX_ACTIVE_TOKENS} tokens in use. Revoke one you no longer need first.`,
      );
    }
    const account = await em.findOneOrFail(StaffAccount, { id: holder.id });
    const expiresAt = new Date(now.getTime() + expiresInDays * DAY_MS);
    return issueApiToken(em, account, { name: tidyName, expiresAt, now });
  }

  @Mutation(() => ApiToken, {
    description:
      'Revokes an API token: it stops working at once. Its owner or an admin; revoking one already revoked changes nothing.',
  })
  async revokeApiToken(
    @Arg('id', () => ID) id: string,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<ApiToken> {
    const staff = requireStaff(actor);
    const token = await em.findOne(ApiToken, { id });
    if (!token) throw appError('NOT_FOUND', 'There is no such API token.');
    if (token.staff.id !== staff.id && staff.role !== 'ADMIN') {
      throw appError('FORBIDDEN', 'You can revoke only your own API tokens.');
    }
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      await em.flush();
    }
    return token;
  }

  @FieldResolver(() => StaffAccount, { description: 'The member of staff it belongs to.' })
  owner(@Root() token: ApiToken, @Ctx() { em }: EngagementContext): Promise<StaffAccount> {
    // Populated by apiTokens; one's own tokens are one account, found once in the identity map.
    return em.findOneOrFail(StaffAccount, { id: token.staff.id });
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether it works now: not revoked and not expired.',
  })
  active(@Root() token: ApiToken): boolean {
    return !token.revokedAt && token.expiresAt > new Date();
  }
}
