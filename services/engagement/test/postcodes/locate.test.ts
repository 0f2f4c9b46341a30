import { describe, expect, it } from 'vitest';
import {
  createNeighbourhoodLocator,
  type NeighbourhoodBoundary,
  type NeighbourhoodLocatorDeps,
  type OnlineLookups,
} from '../../src/modules/postcodes/locate.ts';
import type { GeocodeResult } from '../../src/outside/postcodes-io.ts';
import type { LocateNeighbourhoodResult } from '../../src/outside/police-api.ts';
import { validPostcode as postcode } from '../support/postcodes.ts';

/*
 * Unit tests of the order and fallbacks. Our own database functions are fakes here (their real
 * versions are tested against PostgreSQL); the outside APIs are fakes of `OnlineLookups`, whose
 * real implementation is tested with msw in online-lookups.test.ts.
 */

const CASTLE = 'neighbourhood-castle';
const CLOCK_TOWER = 'neighbourhood-clock-tower';

/** A square around the LE1 5WW centroid (52.637536, -1.133903). */
const castleBoundary: NeighbourhoodBoundary = {
  neighbourhoodId: CASTLE,
  boundary: [
    { latitude: 52.63, longitude: -1.14 },
    { latitude: 52.63, longitude: -1.13 },
    { latitude: 52.64, longitude: -1.13 },
    { latitude: 52.64, longitude: -1.14 },
  ],
};

const LE1_5WW: GeocodeResult = { kind: 'found', latitude: 52.637536, longitude: -1.133903 };

interface Setup {
  sectors?: Record<string, string>;
  boundaries?: NeighbourhoodBoundary[];
  policeRefs?: Record<string, string>;
  geocode?: GeocodeResult;
  police?: LocateNeighbourhoodResult;
  offline?: boolean;
}

/** A locator over fakes, and a record of which steps it asked, in order. */
function locatorWith(setup: Setup) {
  const asked: string[] = [];
  const online: OnlineLookups = {
    async geocode(code) {
      asked.push(`geocode ${code}`);
      return setup.geocode ?? { kind: 'not_found' };
    },
    async locateNeighbourhood(latitude, longitude) {
      asked.push(`police ${latitude},${longitude}`);
      return setup.police ?? { kind: 'not_found' };
    },
  };
  const deps: NeighbourhoodLocatorDeps = {
    async findBySector(sector) {
      asked.push(`sector ${sector}`);
      return setup.sectors?.[sector] ?? null;
    },
    async neighbourhoodBoundaries() {
      asked.push('boundaries');
      return setup.boundaries ?? [];
    },
    async findByPoliceRef(force, neighbourhood) {
      asked.push(`police ref ${force}/${neighbourhood}`);
      return setup.policeRefs?.[`${force}/${neighbourhood}`] ?? null;
    },
    ...(setup.offline ? {} : { online }),
  };
  return { locator: createNeighbourhoodLocator(deps), asked };
}

describe('finding the team for a postcode', () => {
  it('answers from our sector coverage first, without asking anyone outside', async () => {
    const { locator, asked } = locatorWith({
      sectors: { 'LE1 5': CASTLE },
      geocode: LE1_5WW,
      boundaries: [{ ...castleBoundary, neighbourhoodId: CLOCK_TOWER }],
    });
    await expect(locator.locate(postcode('le1 5ww'))).resolves.toEqual({
      kind: 'found',
      neighbourhoodId: CASTLE,
      via: 'sector',
    });
    expect(asked).toEqual(['sector LE1 5']);
  });

  it('with online lookups off, stops at the sector coverage and says not found', async () => {
    const { locator, asked } = locatorWith({ offline: true, geocode: LE1_5WW });
    await expect(locator.locate(postcode('LE1 5WW'))).resolves.toEqual({ kind: 'not_found' });
    expect(asked).toEqual(['sector LE1 5']);
  });

  it('places the postcode inside one of our boundaries when no sector covers it', async () => {
    const { locator, asked } = locatorWith({
      geocode: LE1_5WW,
      boundaries: [castleBoundary],
      police: { kind: 'found', force: 'leicestershire', neighbourhood: 'NC04' },
      policeRefs: { 'leicestershire/NC04': CLOCK_TOWER },
    });
    await expect(locator.locate(postcode('LE1 5WW'))).resolves.toEqual({
      kind: 'found',
      neighbourhoodId: CASTLE,
      via: 'boundary',
    });
    expect(asked).toEqual(['sector LE1 5', 'geocode LE1 5WW', 'boundaries']);
  });

  it('asks data.police.uk when the point is in none of our boundaries, and maps its answer to our team', async () => {
    const { locator, asked } = locatorWith({
      geocode: { kind: 'found', latitude: 52.7289, longitude: -1.1446, parish: 'Mountsorrel' },
      boundaries: [castleBoundary],
      police: { kind: 'found', force: 'leicestershire', neighbourhood: 'CH11' },
      policeRefs: { 'leicestershire/CH11': CLOCK_TOWER },
    });
    await expect(locator.locate(postcode('LE12 7TN'))).resolves.toEqual({
      kind: 'found',
      neighbourhoodId: CLOCK_TOWER,
      via: 'police-api',
    });
    expect(asked).toEqual([
      'sector LE12 7',
      'geocode LE12 7TN',
      'boundaries',
      'police 52.7289,-1.1446',
      'police ref leicestershire/CH11',
    ]);
  });

  it('says not found for a neighbourhood of another force, or one we have not imported', async () => {
    const { locator } = locatorWith({
      geocode: { kind: 'found', latitude: 52.9548, longitude: -1.1581 },
      police: { kind: 'found', force: 'nottinghamshire', neighbourhood: 'NC01' },
    });
    await expect(locator.locate(postcode('NG1 5FS'))).resolves.toEqual({ kind: 'not_found' });
  });

  it('says not found, without asking data.police.uk, for a postcode postcodes.io does not know', async () => {
    const { locator, asked } = locatorWith({ geocode: { kind: 'not_found' } });
    await expect(locator.locate(postcode('LE1 9ZZ'))).resolves.toEqual({ kind: 'not_found' });
    expect(asked).toEqual(['sector LE1 9', 'geocode LE1 9ZZ']);
  });

  it('says not found when data.police.uk places the point in no neighbourhood', async () => {
    const { locator } = locatorWith({ geocode: LE1_5WW, police: { kind: 'not_found' } });
    await expect(locator.locate(postcode('LE1 5WW'))).resolves.toEqual({ kind: 'not_found' });
  });

  it('says unavailable, so the page can offer "try again", when postcodes.io is down', async () => {
    const { locator, asked } = locatorWith({
      geocode: { kind: 'unavailable', cause: 'timeout' },
      boundaries: [castleBoundary],
    });
    await expect(locator.locate(postcode('LE1 5WW'))).resolves.toEqual({ kind: 'unavailable' });
    expect(asked).toEqual(['sector LE1 5', 'geocode LE1 5WW']);
  });

  it('says unavailable when the point is in none of our boundaries and data.police.uk is down', async () => {
    const { locator } = locatorWith({
      geocode: LE1_5WW,
      police: { kind: 'unavailable', cause: 'status', status: 503 },
    });
    await expect(locator.locate(postcode('LE1 5WW'))).resolves.toEqual({ kind: 'unavailable' });
  });

  it('still answers from our boundaries while data.police.uk is down', async () => {
    const { locator } = locatorWith({
      geocode: LE1_5WW,
      boundaries: [castleBoundary],
      police: { kind: 'unavailable', cause: 'network' },
    });
    await expect(locator.locate(postcode('LE1 5WW'))).resolves.toMatchObject({
      kind: 'found',
      via: 'boundary',
    });
  });
});
