import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_FORCE } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { Neighbourhood } from '../src/modules/geography/neighbourhood.entity.ts';
import { POSTCODES_IO_URL } from '../src/outside/postcodes-io.ts';
import { engagementService } from '../src/service.ts';
import { createOutsideApis, fixtures } from './support/outside-apis.ts';
import { FIND } from './support/find-neighbourhood.query.ts';

// Read when the service loads, as in production: switch online lookups on for this file only.
vi.hoisted(() => {
  process.env['ONLINE_LOOKUPS'] = 'true';
});

const outside = createOutsideApis();
let engagement: SubgraphHarness;
const castle = DEMO_FORCE[0]!.neighbourhoods[0]!;
const quorn = DEMO_FORCE[3]!.neighbourhoods[5]!;

beforeAll(async () => {
  outside.listen();
  engagement = await startSubgraphHarness(engagementService);
  // As an import from data.police.uk would leave them: Castle with NC04's boundary, and Quorn
  // known to data.police.uk as NC04 (so the two steps can be told apart).
  const em = engagement.orm.em.fork();
  const boundary = fixtures.police.boundary.map((p) => ({
    latitude: Number(p.latitude),
    longitude: Number(p.longitude),
  }));
  await em.nativeUpdate(Neighbourhood, { id: castle.id }, { boundary });
  await em.nativeUpdate(
    Neighbourhood,
    { id: quorn.id },
    { policeForceRef: 'leicestershire', policeNeighbourhoodRef: 'NC04' },
  );
});
afterEach(() => outside.reset());
afterAll(async () => {
  outside.close();
  await engagement?.close();
});

const find = async (postcode: string) =>
  (
    await engagement.execute<{ findNeighbourhood: Record<string, unknown> }>(FIND, {
      variables: { postcode },
    })
  ).data?.findNeighbourhood;

describe('finding your team by postcode, with online lookups on', () => {
  it('places a geocoded postcode inside a neighbourhood boundary we hold', async () => {
    await expect(find('LE1 5WW')).resolves.toMatchObject({ neighbourhood: { slug: castle.slug } });
    expect(outside.requests).toEqual([`${POSTCODES_IO_URL}/postcodes/LE1%205WW`]);
  });

  it('asks data.police.uk when no boundary we hold contains the point', async () => {
    await expect(find('LE12 7TN')).resolves.toMatchObject({ neighbourhood: { slug: quorn.slug } });
    expect(
      outside.requests.some((url) => url.includes('/locate-neighbourhood?q=52.72893,-1.144615')),
    ).toBe(true);
  });

  it('never goes online for a postcode our own coverage answers', async () => {
    await expect(find(castle.samplePostcode)).resolves.toMatchObject({
      neighbourhood: { slug: castle.slug },
    });
    expect(outside.requests).toEqual([]);
  });

  it('says the lookup was unavailable, not that nobody covers it, when postcodes.io is down', async () => {
    outside.server.use(
      http.get(`${POSTCODES_IO_URL}/postcodes/:postcode`, () => HttpResponse.error()),
    );
    await expect(find('LE2 7QQ')).resolves.toEqual({
      __typename: 'PostcodeNotFound',
      postcode: 'LE2 7QQ',
      lookupUnavailable: true,
    });
  });
});
