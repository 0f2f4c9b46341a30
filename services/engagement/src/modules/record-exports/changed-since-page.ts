import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { ArgsType, Field, Int } from 'type-graphql';
import { appError } from '@engage/shared/graphql';

/**
 * Pages of records in the order they last changed (oldest change first, then id), for flat
 * exports: a client that keeps the newest change it saw asks again with `since` and gets only
 * what changed after. Keyset cursors, so rows changing during a long export are neither skipped
 * nor repeated within a page walk.
 */
@ArgsType()
export class ChangedSinceArgs {
  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'Only records created or changed at or after this instant.',
  })
  since?: Date | null;

  @Field(() => Int, { defaultValue: 100, description: `How many to return, 1 to 500.` })
  first: number = 100;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

export interface ChangedSincePage<Row> {
  nodes: Row[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export const MAX_EXPORT_PAGE = 500;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && UUID.test(String(value[1]))) {
      const at = new Date(value[0]);
      if (!Number.isNaN(at.getTime())) return { at, id: String(value[1]) };
    }
  } catch {
    // Falls through to the one error below.
  }
  throw appError('BAD_USER_INPUT', 'The "after" cursor is not one this list gave out.');
}

/** One page of `entity` rows whose `changedAt` is at or after `since`, matching `where`. */
export async function changedSincePage<Row extends { id: string }>(
  em: EntityManager,
  entity: EntityName<Row>,
  changedAt: keyof Row & string,
  { since, first, after }: ChangedSinceArgs,
  where: FilterQuery<Row> = {} as FilterQuery<Row>,
): Promise<ChangedSincePage<Row>> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_EXPORT_PAGE) {
    throw appError('BAD_USER_INPUT', `Ask for between 1 and ${MAX_EXPORT_PAGE} at a time.`);
  }
  const filters: unknown[] = [where];
  if (since) filters.push({ [changedAt]: { $gte: since } });
  if (after) {
    const cursor = decodeCursor(after);
    filters.push({
      $or: [
        { [changedAt]: { $gt: cursor.at } },
        { [changedAt]: cursor.at, id: { $gt: cursor.id } },
      ],
    });
  }
  const rows = await em.find(entity, { $and: filters } as FilterQuery<Row>, {
    orderBy: [{ [changedAt]: 'asc' }, { id: 'asc' }] as never,
    limit: first + 1,
  });
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return {
    nodes,
    hasNextPage: rows.length > first,
    endCursor: last
      ? Buffer.from(JSON.stringify([(last[changedAt] as Date).toISOString(), last.id])).toString(
          'base64url',
        )
      : null,
  };
}
