import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { appError } from '@engage/shared/graphql';
import type { EngagementContext } from '../../context.ts';
import { StaffAccount } from '../staff/staff-account.entity.ts';
import { requireAdmin } from './api-token-access.ts';
import { ApiTokenUse } from './api-token-use.entity.ts';
import { ApiToken } from './api-token.entity.ts';
import { ApiTokenUseArgs } from './api-token.input.ts';
import { ApiTokenUsePage, type ApiTokenUseEntry } from './api-token.types.ts';

/** A page ends at a request (its time and id), so a page is the same however many arrive later. */
const cursorOf = (use: ApiTokenUse) =>
  Buffer.from(JSON.stringify([use.at.toISOString(), use.id])).toString('base64url');

function afterCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof at === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(at))) {
      return { at: new Date(at), id };
    }
  } catch {
    // Answered below, as any other cursor we did not give out.
  }
  throw appError('BAD_USER_INPUT', 'That is not a cursor from this list.', { field: 'after' });
}

@Resolver()
export class ApiTokenAuditResolver {
  @Query(() => ApiTokenUsePage, {
    description:
      'The API token audit log: every request made with a token, newest first. Admins only.',
  })
  async apiTokenUses(
    @Args() { first, after, tokenId }: ApiTokenUseArgs,
    @Ctx() { em, actor }: EngagementContext,
  ): Promise<ApiTokenUsePage> {
    requireAdmin(actor, 'the API token audit log');
    const matching = tokenId ? { tokenId } : {};
    const from = after ? afterCursor(after) : null;
    const [rows, totalCount] = await Promise.all([
      em.find(
        ApiTokenUse,
        from
          ? {
              ...matching,
              $or: [{ at: { $lt: from.at } }, { at: from.at, id: { $gt: from.id } }],
            }
          : matching,
        { orderBy: { at: 'desc', id: 'asc' }, limit: first + 1 },
      ),
      em.count(ApiTokenUse, matching),
    ]);
    const page = rows.slice(0, first);
    // One query each for the page's tokens and people, not one per row.
    const [tokens, people] = await Promise.all([
      em.find(ApiToken, { id: { $in: [...new Set(page.map((use) => use.tokenId))] } }),
      em.find(StaffAccount, { id: { $in: [...new Set(page.map((use) => use.staffId))] } }),
    ]);
    const tokenName = new Map(tokens.map((token) => [token.id, token.name]));
    const staffName = new Map(people.map((person) => [person.id, person.name]));
    return {
      nodes: page.map((use): ApiTokenUseEntry => ({
        id: use.id,
        tokenId: use.tokenId,
        tokenName: tokenName.get(use.tokenId) ?? null,
        staffId: use.staffId,
        staffName: staffName.get(use.staffId) ?? null,
        operationName: use.operationName,
        cost: use.cost,
        durationMs: use.durationMs,
        at: use.at,
        outcome: use.outcome,
      })),
      totalCount,
      hasNextPage: rows.length > first,
      endCursor: page.length > 0 ? cursorOf(page[page.length - 1]!) : null,
    };
  }
}
