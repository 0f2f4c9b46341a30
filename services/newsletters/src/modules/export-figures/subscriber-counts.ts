import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import {
  AGE_BANDS,
  DISABILITIES,
  ETHNIC_GROUPS,
  GENDERS,
  type Demographics,
} from '@engage/shared/demographics';
import { complementarySuppression, DEFAULT_SUPPRESSION_THRESHOLD } from '@engage/shared/scoring';
import { countFrom, SuppressibleCount } from './suppressible-count.types.ts';

/** The demographic questions, as `dimension`, with the answers each can have. */
const DIMENSIONS = {
  AGE_BAND: { field: 'ageBand', groups: AGE_BANDS },
  ETHNIC_GROUP: { field: 'ethnicGroup', groups: ETHNIC_GROUPS },
  DISABILITY: { field: 'disability', groups: DISABILITIES },
  GENDER: { field: 'gender', groups: GENDERS },
} as const satisfies Record<string, { field: keyof Demographics; groups: readonly string[] }>;
type Dimension = keyof typeof DIMENSIONS;

/** Subscribers who gave no demographic answers (they are optional and separately consented). */
export const NOT_GIVEN = 'NOT_GIVEN';

@ObjectType({
  description:
    'Confirmed subscribers a team reaches (directly or through its NPA), in one group of one ' +
    'demographic question, or in all (dimension NONE).',
})
export class SubscriberCountCell {
  @Field(() => ID, { description: 'The team (neighbourhood).' })
  neighbourhoodId!: string;

  @Field({ description: 'The team’s name.' })
  neighbourhoodName!: string;

  @Field(() => ID, { description: 'The team’s NPA.' })
  policingAreaId!: string;

  @Field({ description: 'The NPA’s name.' })
  policingAreaName!: string;

  @Field({
    description: 'NONE (every subscriber), AGE_BAND, ETHNIC_GROUP, DISABILITY or GENDER.',
  })
  dimension!: string;

  @Field(() => String, {
    nullable: true,
    description: `The answer (e.g. AGE_25_34, PREFER_NOT_TO_SAY, or ${NOT_GIVEN} for subscribers who gave none); null for NONE.`,
  })
  group!: string | null;

  @Field(() => SuppressibleCount, {
    description: 'Confirmed subscribers. Each question’s groups add up to the NONE total.',
  })
  subscribers!: SuppressibleCount;
}

/**
 * Confirmed subscribers by team × question × answer, every team's table suppressed by the one
 * shared rule: a team's total is the sum of the groups of each question, so a small group can
 * never be had by subtracting the others from it. With `since`, only the teams with a subscriber
 * who signed up, confirmed, changed or left at or after it (their whole current table, so the
 * sums still hold).
 */
export async function subscriberCounts(
  em: EntityManager,
  since: Date | null,
): Promise<SubscriberCountCell[]> {
  const reaches = `(k.id::text = any(s.neighbourhood_ids) or k.policing_area_id::text = any(s.policing_area_ids))`;
  const rows = await em.getConnection().execute<
    {
      id: string;
      name: string;
      policing_area_id: string;
      policing_area_name: string;
      demographics: Demographics | null;
      count: string;
    }[]
  >(
    `select k.id, k.name, k.policing_area_id, k.policing_area_name, s.demographics,
       count(s.id) as count
     from newsletters.known_neighbourhood k
     left join newsletters.subscriber s on s.status = 'CONFIRMED' and ${reaches}
     ${
       since
         ? `where exists (select 1 from newsletters.subscriber s where s.updated_at >= ? and ${reaches})`
         : ''
     }
     group by k.id, k.name, k.policing_area_id, k.policing_area_name, s.demographics
     order by k.policing_area_name, k.name, k.id`,
    since ? [since] : [],
  );
  const teams = new Map<string, (typeof rows)[number]>();
  const counts = new Map<string, number>();
  const add = (key: string, count: number) => counts.set(key, (counts.get(key) ?? 0) + count);
  for (const row of rows) {
    if (!teams.has(row.id)) {
      teams.set(row.id, row);
      add(`${row.id}|NONE|`, 0);
      for (const [dimension, { groups }] of Object.entries(DIMENSIONS)) {
        for (const group of [...groups, NOT_GIVEN]) add(`${row.id}|${dimension}|${group}`, 0);
      }
    }
    const count = Number(row.count);
    if (count === 0) continue;
    add(`${row.id}|NONE|`, count);
    for (const [dimension, { field }] of Object.entries(DIMENSIONS)) {
      add(`${row.id}|${dimension}|${row.demographics?.[field] ?? NOT_GIVEN}`, count);
    }
  }
  const constraints = [...teams.keys()].flatMap((id) =>
    Object.entries(DIMENSIONS).map(([dimension, { groups }]) => ({
      total: `${id}|NONE|`,
      parts: [...groups, NOT_GIVEN].map((group) => `${id}|${dimension}|${group}`),
    })),
  );
  const hidden = complementarySuppression({ counts, constraints }, DEFAULT_SUPPRESSION_THRESHOLD);
  return [...teams.values()].flatMap((team) => {
    const cell = (dimension: Dimension | 'NONE', group: string | null): SubscriberCountCell => {
      const key = `${team.id}|${dimension}|${group ?? ''}`;
      return {
        neighbourhoodId: team.id,
        neighbourhoodName: team.name,
        policingAreaId: team.policing_area_id,
        policingAreaName: team.policing_area_name,
        dimension,
        group,
        subscribers: countFrom(counts.get(key) ?? 0, hidden.has(key)),
      };
    };
    return [
      cell('NONE', null),
      ...(Object.keys(DIMENSIONS) as Dimension[]).flatMap((dimension) =>
        [...DIMENSIONS[dimension].groups, NOT_GIVEN].map((group) => cell(dimension, group)),
      ),
    ];
  });
}
