import type { EntityManager } from '@mikro-orm/postgresql';
import { slugify, stableId } from '@engage/shared';
import { announceNeighbourhood } from '../geography/announce-neighbourhood.ts';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { PolicingArea } from '../geography/policing-area.entity.ts';
import type { UpstreamNeighbourhood } from './fetch-neighbourhood.ts';
import type { OfficerCounts } from './import-report.ts';
import { writeOfficers } from './write-officers.ts';

export interface WriteOutcome {
  neighbourhood: 'created' | 'updated' | 'unchanged';
  officers: OfficerCounts;
  /** True when this write created the import's policing area. */
  areaCreated: boolean;
}

/**
 * Upserts one neighbourhood and its officers in one transaction, so a failure leaves no
 * half-imported team. An existing neighbourhood keeps its slug (links to it are shared) and its
 * policing area (an administrator may have placed it); only what data.police.uk owns is updated.
 */
export async function writeNeighbourhood(
  em: EntityManager,
  upstream: UpstreamNeighbourhood,
  area: { slug: string; name: string },
): Promise<WriteOutcome> {
  return em.transactional(async (tx) => {
    const fields = {
      name: upstream.name,
      description: upstream.description,
      boundary: upstream.boundary,
    };
    const existing = await tx.findOne(
      Neighbourhood,
      { policeForceRef: upstream.force, policeNeighbourhoodRef: upstream.policeId },
      { populate: ['boundary', 'policingArea'] },
    );
    if (existing) {
      const changed = !sameFields(existing, fields);
      if (changed) {
        tx.assign(existing, fields);
        announceNeighbourhood(tx, existing, existing.policingArea);
      }
      const officers = await writeOfficers(tx, existing, upstream);
      const officersChanged = officers.created + officers.updated + officers.removed > 0;
      return {
        neighbourhood: changed || officersChanged ? 'updated' : 'unchanged',
        officers,
        areaCreated: false,
      };
    }
    const { policingArea, areaCreated } = await findOrCreateArea(tx, area);
    const neighbourhood = tx.create(Neighbourhood, {
      id: stableId('neighbourhood', `${upstream.force}/${upstream.policeId}`),
      slug: await freeSlug(tx, upstream),
      policingArea,
      policeForceRef: upstream.force,
      policeNeighbourhoodRef: upstream.policeId,
      ...fields,
    });
    announceNeighbourhood(tx, neighbourhood, policingArea);
    const officers = await writeOfficers(tx, neighbourhood, upstream);
    return { neighbourhood: 'created', officers, areaCreated };
  });
}

/** Found by slug, so `--area-name "City Centre"` puts new teams in an area that already exists. */
async function findOrCreateArea(tx: EntityManager, area: { slug: string; name: string }) {
  const found = await tx.findOne(PolicingArea, { slug: area.slug });
  if (found) return { policingArea: found, areaCreated: false };
  const id = stableId('policing-area', area.slug);
  return { policingArea: tx.create(PolicingArea, { id, ...area }), areaCreated: true };
}

/**
 * The name as a slug; when another neighbourhood has it (two forces both have a "Town Centre"),
 * with the police id after it, then the force too.
 */
async function freeSlug(tx: EntityManager, upstream: UpstreamNeighbourhood): Promise<string> {
  const id = slugify(upstream.policeId);
  const base = slugify(upstream.name) || `${slugify(upstream.force)}-${id}`;
  const candidates = [base, `${base}-${id}`, `${base}-${slugify(upstream.force)}-${id}`];
  const taken = new Set(
    (await tx.find(Neighbourhood, { slug: { $in: candidates } })).map((n) => n.slug),
  );
  const slug = candidates.find((candidate) => !taken.has(candidate));
  if (!slug) throw new Error(`every slug we tried is taken: ${candidates.join(', ')}`);
  return slug;
}

function sameFields(
  neighbourhood: Neighbourhood,
  fields: Pick<Neighbourhood, 'name' | 'description' | 'boundary'>,
): boolean {
  return (
    neighbourhood.name === fields.name &&
    neighbourhood.description === fields.description &&
    sameBoundary(neighbourhood.boundary, fields.boundary)
  );
}

/** Point by point: jsonb keeps neither key order nor formatting, so compare the numbers. */
function sameBoundary(a: Neighbourhood['boundary'], b: Neighbourhood['boundary']): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.length === b.length &&
    a.every(
      (point, index) =>
        point.latitude === b[index]!.latitude && point.longitude === b[index]!.longitude,
    )
  );
}
