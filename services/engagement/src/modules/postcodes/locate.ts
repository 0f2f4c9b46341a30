import type { GeocodeResult } from '../../outside/postcodes-io.ts';
import type { LocateNeighbourhoodResult } from '../../outside/police-api.ts';
import { isPointInPolygon, type LatLng } from './point-in-polygon.ts';
import type { ParsedPostcode } from './postcode.ts';

/**
 * Finds the neighbourhood team for a resident's postcode. Our own data first, because it is
 * fast, free and works offline; the outside APIs only when it has no answer and the force has
 * switched online lookups on.
 *
 * 1. sector: the neighbourhood covering the postcode's sector ("LE1 5") in our coverage table;
 * 2. boundary: postcodes.io says where the postcode is; we test that point against the
 *    neighbourhood boundaries we hold (imported from data.police.uk);
 * 3. police-api: data.police.uk locates the point itself, and we map its answer to ours.
 */

export type LocateResult =
  | { kind: 'found'; neighbourhoodId: string; via: 'sector' | 'boundary' | 'police-api' }
  | { kind: 'not_found' }
  /** An outside API we needed did not answer: the page says "try again or browse". */
  | { kind: 'unavailable' };

export interface NeighbourhoodBoundary {
  neighbourhoodId: string;
  boundary: LatLng[];
}

/** The outside lookups, already cached (see online-lookups.ts). */
export interface OnlineLookups {
  geocode(postcode: string): Promise<GeocodeResult>;
  locateNeighbourhood(latitude: number, longitude: number): Promise<LocateNeighbourhoodResult>;
}

export interface NeighbourhoodLocatorDeps {
  /** Our neighbourhood id covering this sector ("LE1 5"), or null. */
  findBySector(sector: string): Promise<string | null>;
  /** Every neighbourhood that has a boundary. */
  neighbourhoodBoundaries(): Promise<NeighbourhoodBoundary[]>;
  /** Our neighbourhood id for a data.police.uk force and neighbourhood id, or null. */
  findByPoliceRef(force: string, neighbourhood: string): Promise<string | null>;
  /** Absent when online lookups are off: then only the sector step runs. */
  online?: OnlineLookups;
}

export interface NeighbourhoodLocator {
  locate(postcode: ParsedPostcode): Promise<LocateResult>;
}

const NOT_FOUND = { kind: 'not_found' } as const;
const UNAVAILABLE = { kind: 'unavailable' } as const;

export function createNeighbourhoodLocator(deps: NeighbourhoodLocatorDeps): NeighbourhoodLocator {
  return {
    async locate(postcode) {
      const bySector = await deps.findBySector(postcode.sector);
      if (bySector) return { kind: 'found', neighbourhoodId: bySector, via: 'sector' };
      if (!deps.online) return NOT_FOUND;
      return locateOnline(postcode, deps, deps.online);
    },
  };
}

async function locateOnline(
  postcode: ParsedPostcode,
  deps: NeighbourhoodLocatorDeps,
  online: OnlineLookups,
): Promise<LocateResult> {
  const place = await online.geocode(postcode.postcode);
  // Without a point neither later step can run. A postcode postcodes.io does not know is a
  // definite "not found"; only an outage leaves the question open.
  if (place.kind === 'unavailable') return UNAVAILABLE;
  if (place.kind === 'not_found') return NOT_FOUND;

  const point = { latitude: place.latitude, longitude: place.longitude };
  const boundaries = await deps.neighbourhoodBoundaries();
  const inside = boundaries.find(({ boundary }) => isPointInPolygon(point, boundary));
  if (inside) return { kind: 'found', neighbourhoodId: inside.neighbourhoodId, via: 'boundary' };

  const located = await online.locateNeighbourhood(point.latitude, point.longitude);
  if (located.kind === 'unavailable') return UNAVAILABLE;
  if (located.kind === 'not_found') return NOT_FOUND;
  // A neighbourhood of another force, or one we have not imported: not ours to show.
  const ours = await deps.findByPoliceRef(located.force, located.neighbourhood);
  return ours ? { kind: 'found', neighbourhoodId: ours, via: 'police-api' } : NOT_FOUND;
}
