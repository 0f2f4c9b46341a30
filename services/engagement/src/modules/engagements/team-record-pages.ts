import type { EntityDictionary, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ArgsType, Field, Int } from 'type-graphql';
import { appError } from '@engage/shared/graphql';

/**
 * Keyset pages of a team's dated records (engagements, social posts): newest date first, then
 * id, with an opaque cursor. Used by the engagement tracker and the social media log alike.
 */
@ArgsType()
export class TeamRecordPageArgs {
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'On or after this date.' })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'On or before this date.' })
  to?: string | null;

  @Field(() => Int, { defaultValue: 25, description: 'How many to return, 1 to 100.' })
  first: number = 25;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

export interface TeamRecordPage<Row> {
  nodes: Row[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

interface Cursor {
  date: string;
  id: string;
}

/** The most one page may hold: a year of daily posts is four pages, never one huge answer. */
export const MAX_PAGE_SIZE = 100;

export const encodeCursor = ({ date, id }: Cursor) =>
  Buffer.from(JSON.stringify([date, id])).toString('base64url');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function decodeCursor(cursor: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && DATE.test(String(value[0])) && UUID.test(String(value[1]))) {
      return { date: String(value[0]), id: String(value[1]) };
    }
  } catch {
    // Falls through to the one error below.
  }
  throw appError('BAD_USER_INPUT', 'The "after" cursor is not one this list gave out.');
}

/** Checks a page request, with errors a client can act on. */
export function checkPageArgs({ from, to, first, after }: TeamRecordPageArgs) {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw appError('BAD_USER_INPUT', `Ask for between 1 and ${MAX_PAGE_SIZE} at a time.`);
  }
  if (from && to && from > to) {
    throw appError('BAD_USER_INPUT', 'The "from" date must be on or before the "to" date.');
  }
  return { from: from ?? null, to: to ?? null, first, after: after ? decodeCursor(after) : null };
}

type PageRequest = ReturnType<typeof checkPageArgs> & { neighbourhoodId: string };

/**
 * A loader of pages for many teams at once: requests with the same arguments (a force-wide view
 * asks for every team's first page) are answered with two queries, whatever the number of teams.
 * `row_number()` per team gives each its own first N rows in one pass.
 */
export function createTeamRecordPageLoader<Row extends { id: string }>(
  em: EntityManager,
  entity: EntityName<Row>,
  dateProperty: keyof Row & string,
) {
  return new DataLoader<PageRequest, TeamRecordPage<Row>, string>(
    async (requests) => {
      const groups = new Map<string, PageRequest[]>();
      for (const request of requests) {
        const { neighbourhoodId: _id, ...args } = request;
        const key = JSON.stringify(args);
        groups.set(key, [...(groups.get(key) ?? []), request]);
      }
      const pages = new Map<PageRequest, TeamRecordPage<Row>>();
      for (const group of groups.values()) {
        const loaded = await loadPages(em, entity, dateProperty, group);
        group.forEach((request, index) => pages.set(request, loaded[index]!));
      }
      return requests.map((request) => pages.get(request)!);
    },
    { cacheKeyFn: (request) => JSON.stringify(request) },
  );
}

async function loadPages<Row extends { id: string }>(
  em: EntityManager,
  entity: EntityName<Row>,
  dateProperty: keyof Row & string,
  requests: PageRequest[],
): Promise<TeamRecordPage<Row>[]> {
  const { from, to, first, after } = requests[0]!;
  const meta = em.getMetadata().get(entity);
  const schema = meta.schema ?? em.config.get('schema');
  const table = `"${schema}"."${meta.tableName}"`;
  const column = (property: string) => {
    const found = meta.props.find((prop) => prop.name === property);
    if (!found) throw new Error(`${meta.className} has no ${property} property.`);
    return found.fieldNames[0]!;
  };
  const teamColumn = column('neighbourhood');
  const date = `"${column(dateProperty)}"`;
  const team = `"${teamColumn}"`;
  const ids = requests.map((request) => request.neighbourhoodId);

  const filters = [`${team} in (${ids.map(() => '?').join(', ')})`];
  const params: unknown[] = [...ids];
  const where = (sql: string, ...values: unknown[]) => {
    filters.push(sql);
    params.push(...values);
  };
  if (from) where(`${date} >= ?`, from);
  if (to) where(`${date} <= ?`, to);
  const counts = await em.execute<{ team: string; total: string }[]>(
    `select ${team} as team, count(*) as total from ${table} where ${filters.join(' and ')} group by ${team}`,
    params,
  );
  if (after) where(`(${date}, id) < (?::date, ?::uuid)`, after.date, after.id);
  const rows = await em.execute<Record<string, unknown>[]>(
    `select * from (select *, row_number() over (partition by ${team} order by ${date} desc, id desc) as page_rank ` +
      `from ${table} where ${filters.join(' and ')}) ranked where page_rank <= ? order by ${date} desc, id desc`,
    [...params, first + 1],
  );

  return requests.map(({ neighbourhoodId }) => {
    const mine = rows.filter((row) => row[teamColumn] === neighbourhoodId);
    const nodes = mine
      .slice(0, first)
      .map(({ page_rank: _rank, ...row }) => em.map(entity, row as EntityDictionary<Row>));
    const last = nodes.at(-1);
    return {
      nodes,
      totalCount: Number(counts.find((count) => count.team === neighbourhoodId)?.total ?? 0),
      hasNextPage: mine.length > first,
      endCursor: last ? encodeCursor({ date: String(last[dateProperty]), id: last.id }) : null,
    };
  });
}
