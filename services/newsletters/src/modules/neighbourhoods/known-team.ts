import type { EntityManager } from '@mikro-orm/postgresql';
import { KnownNeighbourhood } from './known-neighbourhood.entity.ts';

/** The team a mail is about: a delivery or an announcement without one is a bug, not a skip. */
export async function knownTeam(em: EntityManager, id: string | null): Promise<KnownNeighbourhood> {
  if (!id) throw new Error('a delivery about a team has no team');
  return em.findOneOrFail(KnownNeighbourhood, { id });
}
