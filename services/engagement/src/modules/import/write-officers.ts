import type { EntityManager } from '@mikro-orm/postgresql';
import { stableId } from '@engage/shared';
import type { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { Officer } from '../people/officer.entity.ts';
import type { UpstreamNeighbourhood } from './fetch-neighbourhood.ts';
import type { OfficerCounts } from './import-report.ts';

/** data.police.uk leaves `rank` blank for some people; our `role` cannot be empty. */
const ROLE_WHEN_NO_RANK = 'Neighbourhood team';

/** What data.police.uk owns on an imported officer; everything else is ours to change. */
type ImportedFields = Pick<Officer, 'name' | 'role' | 'bio' | 'displayOrder'>;

/**
 * Makes the team's imported officers match data.police.uk's people, inside the caller's
 * transaction. data.police.uk has no person id, so an officer is known by force, neighbourhood
 * and name (`importedFrom`). Officers entered by hand (no `importedFrom`) are never touched, and
 * neither are the photo and neighbourhood an administrator may have set on an imported one.
 */
export async function writeOfficers(
  tx: EntityManager,
  neighbourhood: Neighbourhood,
  upstream: UpstreamNeighbourhood,
): Promise<OfficerCounts> {
  const wanted = new Map<string, ImportedFields>();
  for (const person of upstream.people) {
    const name = person.name.trim();
    const key = `${upstream.force}/${upstream.policeId}/${name}`;
    // The same name twice is one person listed twice: the first listing wins.
    if (!name || wanted.has(key)) continue;
    wanted.set(key, {
      name,
      role: person.rank ?? ROLE_WHEN_NO_RANK,
      bio: person.bio,
      // The force lists its team in the order it chose (sergeant first, usually): keep it.
      displayOrder: wanted.size,
    });
  }

  const current = await tx.find(Officer, {
    $or: [
      { neighbourhood, importedFrom: { $ne: null } },
      // Also one an administrator moved to another team, so we update it rather than clash.
      { importedFrom: { $in: [...wanted.keys()] } },
    ],
  });
  const counts: OfficerCounts = { created: 0, updated: 0, removed: 0 };
  const byKey = new Map(current.map((officer) => [officer.importedFrom!, officer]));

  for (const [importedFrom, fields] of wanted) {
    const officer = byKey.get(importedFrom);
    byKey.delete(importedFrom);
    if (!officer) {
      const id = stableId('officer', importedFrom);
      tx.create(Officer, { id, neighbourhood, importedFrom, ...fields });
      counts.created += 1;
    } else if (!sameFields(officer, fields)) {
      tx.assign(officer, fields);
      counts.updated += 1;
    }
  }
  // What is left was imported into this team before and is no longer listed: they moved on.
  for (const gone of byKey.values()) {
    tx.remove(gone);
    counts.removed += 1;
  }
  return counts;
}

function sameFields(officer: Officer, fields: ImportedFields): boolean {
  return (
    officer.name === fields.name &&
    officer.role === fields.role &&
    officer.bio === fields.bio &&
    officer.displayOrder === fields.displayOrder
  );
}
