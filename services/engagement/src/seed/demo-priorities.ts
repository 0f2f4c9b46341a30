import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_NEIGHBOURHOODS, demoPick, demoRandom, stableId } from '@engage/shared';
import {
  DEMO_CONCERNS,
  DEMO_PARKS,
  DEMO_ROADS,
  DEMO_SHOPS,
  type DemoConcern,
} from './demo-concerns.ts';
import { PriorityUpdate } from '../modules/priorities/priority-update.entity.ts';
import { Priority, type PriorityStatus } from '../modules/priorities/priority.entity.ts';

const DAY = 24 * 60 * 60 * 1000;

interface Quarter {
  year: number;
  quarter: number;
  /** Midnight UTC on its first day. */
  start: Date;
}

function quarterOf(date: Date): Quarter {
  const year = date.getUTCFullYear();
  const quarter = Math.floor(date.getUTCMonth() / 3) + 1;
  return { year, quarter, start: new Date(Date.UTC(year, (quarter - 1) * 3, 1)) };
}

function quarterBefore({ year, quarter }: Quarter): Quarter {
  return quarterOf(
    new Date(Date.UTC(quarter === 1 ? year - 1 : year, quarter === 1 ? 9 : (quarter - 2) * 3, 1)),
  );
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A day from `from` to `to` (both inclusive), picked repeatably by `key`. */
function dayBetween(key: string, from: Date, to: Date): Date {
  const days = Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY));
  return new Date(from.getTime() + Math.floor(demoRandom(key) * (days + 1)) * DAY);
}

/** The team's concerns, in a repeatable order of their own. */
function concernsFor(slug: string): DemoConcern[] {
  return [...DEMO_CONCERNS].sort(
    (a, b) => demoRandom(`${slug}:${a.key}`) - demoRandom(`${slug}:${b.key}`),
  );
}

function fill(text: string, slug: string, concern: DemoConcern): string {
  const places = { road: DEMO_ROADS, park: DEMO_PARKS, shops: DEMO_SHOPS }[concern.place];
  return text.replaceAll('{place}', demoPick(`${slug}:${concern.key}:place`, places));
}

/**
 * DEMO DATA: per team, 2–3 ACTIVE priorities for the current quarter, each with 1–3 "We did"
 * updates, one COMPLETED from last quarter and one DRAFT. Ids are keyed on the team, quarter and
 * concern, so a restart adds nothing and a new quarter adds that quarter's. Rows that exist are
 * left alone: what a demo user changed stays changed.
 */
export async function seedDemoPriorities(em: EntityManager, now: Date = new Date()): Promise<void> {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const current = quarterOf(today);
  const last = quarterBefore(current);
  const lastEnd = new Date(current.start.getTime() - DAY);
  const priorities: Record<string, unknown>[] = [];
  const updates: Record<string, unknown>[] = [];

  for (const team of DEMO_NEIGHBOURHOODS) {
    const concerns = concernsFor(team.slug);
    const activeCount =
      demoRandom(`${team.slug}:${current.year}-Q${current.quarter}:count`) < 0.5 ? 2 : 3;
    const plan: { concern: DemoConcern; quarter: Quarter; status: PriorityStatus }[] = [
      ...concerns
        .slice(0, activeCount)
        .map((concern) => ({ concern, quarter: current, status: 'ACTIVE' as const })),
      { concern: concerns[activeCount]!, quarter: last, status: 'COMPLETED' },
      { concern: concerns[activeCount + 1]!, quarter: current, status: 'DRAFT' },
    ];
    for (const { concern, quarter, status } of plan) {
      const key = `${team.slug}:${quarter.year}-Q${quarter.quarter}:${concern.key}`;
      const id = stableId('priority', key);
      const quarterEnd = quarter === current ? today : lastEnd;
      const publishedAt =
        status === 'DRAFT'
          ? null
          : dayBetween(
              `${key}:published`,
              quarter.start,
              new Date(Math.min(quarter.start.getTime() + 14 * DAY, quarterEnd.getTime())),
            );
      priorities.push({
        id,
        neighbourhood: team.id,
        year: quarter.year,
        quarter: quarter.quarter,
        title: fill(concern.title, team.slug, concern),
        residentsSaid: fill(concern.residentsSaid, team.slug, concern),
        source: concern.source,
        status,
        publishedAt,
        createdAt: publishedAt ?? today,
        updatedAt: publishedAt ?? today,
      });
      if (status === 'DRAFT' || !publishedAt) continue;
      const count =
        1 + Math.floor(demoRandom(`${key}:updates`) * Math.min(3, concern.weDid.length));
      concern.weDid.slice(0, count).forEach((weDid, index) => {
        const actionOn = dayBetween(`${key}:update:${index}`, publishedAt, quarterEnd);
        updates.push({
          id: stableId('priority-update', `${key}:${index}`),
          priority: id,
          actionOn: isoDate(actionOn),
          weDid: fill(weDid, team.slug, concern),
          createdAt: actionOn,
        });
      });
    }
  }
  await em.upsertMany(Priority, priorities, {
    onConflictAction: 'ignore',
    onConflictFields: ['id'],
  });
  await em.upsertMany(PriorityUpdate, updates, {
    onConflictAction: 'ignore',
    onConflictFields: ['id'],
  });
}
