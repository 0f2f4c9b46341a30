import type { EntityManager } from '@mikro-orm/postgresql';
import { isUUID } from 'class-validator';
import DataLoader from 'dataloader';
import { PriorityTranslation, PriorityUpdateTranslation } from './priority-translation.entity.ts';
import { PriorityUpdate } from './priority-update.entity.ts';
import { Priority, type PriorityStatus } from './priority.entity.ts';

/** What the public may see: a DRAFT is the team's own. */
export const PUBLIC_PRIORITY_STATUSES: readonly PriorityStatus[] = ['ACTIVE', 'COMPLETED'];

/** Newest quarter first; within a quarter, the order the team set them. */
const NEWEST_QUARTER_FIRST = {
  year: 'desc',
  quarter: 'desc',
  createdAt: 'asc',
  id: 'asc',
} as const;

/** One query per list per request, however many teams or priorities ask (architecture.md). */
export function createPriorityLoaders(em: EntityManager) {
  const prioritiesOf = (statuses: readonly PriorityStatus[] | null) =>
    new DataLoader<string, Priority[]>(async (neighbourhoodIds) => {
      const rows = await em.find(
        Priority,
        {
          neighbourhood: { $in: [...neighbourhoodIds] },
          ...(statuses ? { status: { $in: [...statuses] } } : {}),
        },
        { orderBy: NEWEST_QUARTER_FIRST },
      );
      return neighbourhoodIds.map((id) => rows.filter((row) => row.neighbourhood.id === id));
    });

  return {
    publicPrioritiesByNeighbourhood: prioritiesOf(PUBLIC_PRIORITY_STATUSES),
    /** Drafts included: only for the team's managers (the resolver checks). */
    allPrioritiesByNeighbourhood: prioritiesOf(null),
    priorityUpdatesByPriority: new DataLoader<string, PriorityUpdate[]>(async (priorityIds) => {
      const rows = await em.find(
        PriorityUpdate,
        { priority: { $in: [...priorityIds] } },
        { orderBy: { actionOn: 'desc', createdAt: 'desc', id: 'asc' } },
      );
      return priorityIds.map((id) => rows.filter((row) => row.priority.id === id));
    }),
    /** Every translation of each priority: a handful at most, one per language. */
    priorityTranslationsByPriority: new DataLoader<string, PriorityTranslation[]>(
      async (priorityIds) => {
        const rows = await em.find(
          PriorityTranslation,
          { priority: { $in: [...priorityIds] } },
          { orderBy: { language: 'asc' } },
        );
        return priorityIds.map((id) => rows.filter((row) => row.priority.id === id));
      },
    ),
    priorityUpdateTranslationsByUpdate: new DataLoader<string, PriorityUpdateTranslation[]>(
      async (updateIds) => {
        const rows = await em.find(
          PriorityUpdateTranslation,
          { update: { $in: [...updateIds] } },
          { orderBy: { language: 'asc' } },
        );
        return updateIds.map((id) => rows.filter((row) => row.update.id === id));
      },
    ),
    priorityById: new DataLoader<string, Priority | null>(async (ids) => {
      // Ids come from other subgraphs too; one that is not a UUID matches nothing.
      const valid = ids.filter((id) => isUUID(id));
      const rows = valid.length > 0 ? await em.find(Priority, { id: { $in: valid } }) : [];
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
  };
}
