import { Arg, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql';
import { appError } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { requireGateway } from './api-token-access.ts';
import { holderOfSecret } from './api-token-secrets.ts';
import { ApiTokenUse } from './api-token-use.entity.ts';
import { ApiToken } from './api-token.entity.ts';
import { ApiTokenUseInput } from './api-token.input.ts';
import { ApiTokenHolder } from './api-token.types.ts';

/**
 * What the gateway asks engagement directly, signed as itself (never on a caller's behalf), and
 * hidden from the public API by `@inaccessible`: each request's token, and its audit log.
 */
@Resolver()
export class ApiTokenGatewayResolver {
  @Directive('@inaccessible')
  @Query(() => ApiTokenHolder, {
    nullable: true,
    description:
      'Who an API token acts for now; null when it is unknown, revoked, expired, or its account disabled or no longer an analyst or admin. Marks it used. Gateway only.',
  })
  apiTokenHolder(
    @Arg('secret') secret: string,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<ApiTokenHolder | null> {
    requireGateway(actor);
    // 4 + 43 characters; anything much longer is not a token, and is not worth hashing.
    if (secret.length > 100) return Promise.resolve(null);
    return holderOfSecret(em, secret);
  }

  @Directive('@inaccessible')
  @Mutation(() => Boolean, {
    description: 'Writes one request made with an API token to the audit log. Gateway only.',
  })
  async recordApiTokenUse(
    @Arg('use', () => ApiTokenUseInput) use: ApiTokenUseInput,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<boolean> {
    requireGateway(actor);
    const token = await em.findOne(ApiToken, { id: use.tokenId });
    if (!token) throw appError('NOT_FOUND', 'There is no such API token.');
    em.create(ApiTokenUse, {
      tokenId: token.id,
      staffId: token.staff.id,
      operationName: use.operationName?.slice(0, 200) ?? null,
      cost: use.cost ?? null,
      durationMs: use.durationMs,
      at: use.at,
      outcome: use.outcome,
    });
    await em.flush();
    return true;
  }
}
