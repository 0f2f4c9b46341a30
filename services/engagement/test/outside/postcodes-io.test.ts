import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { POSTCODES_IO_URL, PostcodesIoClient } from '../../src/outside/postcodes-io.ts';
import { createOutsideApis, fixtures } from '../support/outside-apis.ts';

const apis = createOutsideApis();
beforeAll(apis.listen);
afterEach(apis.reset);
afterAll(apis.close);

const lookup = `${POSTCODES_IO_URL}/postcodes/:postcode`;

describe('geocoding a postcode with postcodes.io', () => {
  it('finds where a city-centre postcode is and its ward; an unparished area is no parish', async () => {
    const result = await new PostcodesIoClient().geocode('LE1 5WW');
    expect(result).toEqual({
      kind: 'found',
      latitude: 52.637536,
      longitude: -1.133903,
      ward: 'Castle',
    });
    expect(apis.requests).toEqual([`${POSTCODES_IO_URL}/postcodes/LE1%205WW`]);
  });

  it('gives the parish of a village postcode', async () => {
    const result = await new PostcodesIoClient().geocode('LE12 7TN');
    expect(result).toEqual({
      kind: 'found',
      latitude: 52.72893,
      longitude: -1.144615,
      ward: 'Mountsorrel',
      parish: 'Mountsorrel',
    });
  });

  it('says not found for a well-formed postcode that does not exist', async () => {
    await expect(new PostcodesIoClient().geocode('LE1 9ZZ')).resolves.toEqual({
      kind: 'not_found',
    });
  });

  it('says not found when postcodes.io calls the postcode invalid', async () => {
    apis.server.use(
      http.get(lookup, () =>
        HttpResponse.json(fixtures.postcodesIo.invalidPostcode, { status: 404 }),
      ),
    );
    await expect(new PostcodesIoClient().geocode('GIR 0AA')).resolves.toEqual({
      kind: 'not_found',
    });
  });

  it('says not found for a real postcode that has no grid reference yet', async () => {
    const { result } = fixtures.postcodesIo.le1_5ww;
    apis.server.use(
      http.get(lookup, () =>
        HttpResponse.json({
          status: 200,
          result: { ...result, quality: 9, latitude: null, longitude: null },
        }),
      ),
    );
    await expect(new PostcodesIoClient().geocode('LE1 5WW')).resolves.toEqual({
      kind: 'not_found',
    });
  });

  it('says unavailable when the answer is not shaped like postcodes.io', async () => {
    apis.server.use(
      http.get(lookup, () =>
        HttpResponse.json({ status: 200, result: { postcode: 'LE1 5WW', lat: '52.6' } }),
      ),
    );
    await expect(new PostcodesIoClient().geocode('LE1 5WW')).resolves.toMatchObject({
      kind: 'unavailable',
      cause: 'malformed',
    });
  });

  it('says unavailable when postcodes.io fails', async () => {
    apis.server.use(
      http.get(lookup, () => HttpResponse.json({ status: 500, error: 'oops' }, { status: 500 })),
    );
    await expect(new PostcodesIoClient().geocode('LE1 5WW')).resolves.toMatchObject({
      kind: 'unavailable',
      status: 500,
    });
  });

  it('says unavailable when postcodes.io is too slow', async () => {
    apis.server.use(
      http.get(lookup, async () => {
        await delay(1_000);
        return HttpResponse.json(fixtures.postcodesIo.le1_5ww);
      }),
    );
    await expect(new PostcodesIoClient({ timeoutMs: 50 }).geocode('LE1 5WW')).resolves.toEqual({
      kind: 'unavailable',
      cause: 'timeout',
    });
  });

  it('calls the base URL it is given, for a self-hosted postcodes.io', async () => {
    apis.server.use(
      http.get('http://postcodes.internal:8000/postcodes/:postcode', () =>
        HttpResponse.json(fixtures.postcodesIo.le1_5ww),
      ),
    );
    const client = new PostcodesIoClient({ baseUrl: 'http://postcodes.internal:8000' });
    await expect(client.geocode('LE1 5WW')).resolves.toMatchObject({ kind: 'found' });
    expect(apis.requests).toEqual(['http://postcodes.internal:8000/postcodes/LE1%205WW']);
  });
});
