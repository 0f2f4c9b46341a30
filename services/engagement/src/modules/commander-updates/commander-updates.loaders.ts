import { raw, type EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { CommanderUpdate } from './commander-update.entity.ts';

/**
 * The newest `first` updates of each area, in one query for every area asked: a weekly post
 * adds 52 rows a year per NPA, so reading them all to keep five would grow without end.
 */
function newestUpdates(em: EntityManager, first: number) {
  return new DataLoader<string, CommanderUpdate[]>(async (areaIds) => {
    const ranked = em
      .createQueryBuilder(CommanderUpdate, 'u')
      .select([
        'u.*',
        raw(
          'row_number() over (partition by u.policing_area_id order by u.published_at desc, u.id desc) as rank',
        ),
      ])
      .where({ policingArea: { $in: [...areaIds] } });
    const rows = await em
      .createQueryBuilder(CommanderUpdate, 'r')
      .from(ranked, 'r')
      .where(raw('r.rank <= ?', [first]))
      .orderBy({ publishedAt: 'desc', id: 'desc' })
      .getResultList();
    return areaIds.map((id) => rows.filter((row) => row.policingArea.id === id));
  });
}

export function createCommanderUpdateLoaders(em: EntityManager) {
  const byCount = new Map<number, DataLoader<string, CommanderUpdate[]>>();
  return {
    /** One loader per page size asked for in the request (a query asks for one or two). */
    commanderUpdatesByArea(first: number) {
      let loader = byCount.get(first);
      if (!loader) byCount.set(first, (loader = newestUpdates(em, first)));
      return loader;
    },
  };
}
