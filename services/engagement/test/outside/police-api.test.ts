import { delay, http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { POLICE_API_URL, PoliceApiClient } from '../../src/outside/police-api.ts';
import { createOutsideApis } from '../support/outside-apis.ts';

const apis = createOutsideApis();
beforeAll(apis.listen);
afterEach(apis.reset);
afterAll(apis.close);

/** Retries without the real waits, so the tests stay fast. */
const quickRetry = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };
const client = () => new PoliceApiClient({ retry: quickRetry });

describe('reading a force’s neighbourhoods from data.police.uk', () => {
  it('lists the forces', async () => {
    const result = await client().forces();
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.value).toHaveLength(45);
    expect(result.value).toContainEqual({ id: 'leicestershire', name: 'Leicestershire Police' });
  });

  it('lists a force’s neighbourhoods', async () => {
    const result = await client().neighbourhoods('leicestershire');
    expect(result).toMatchObject({ kind: 'ok' });
    if (result.kind !== 'ok') return;
    expect(result.value[0]).toEqual({ id: 'NC04', name: 'City Centre' });
  });

  it('reads a neighbourhood as plain text and numbers, dropping blank contact details', async () => {
    const result = await client().neighbourhood('leicestershire', 'NC04');
    expect(result).toMatchObject({ kind: 'ok' });
    if (result.kind !== 'ok') return;
    expect(result.value).toMatchObject({
      id: 'NC04',
      name: 'City Centre',
      description:
        'The City Centre team polices Leicester' +
        "'s shopping streets, the Cultural Quarter and the night-time economy.\n\n" +
        'Find us on foot patrol around the Clock Tower every day.',
      population: 11032,
      centre: { latitude: 52.6369, longitude: -1.13396 },
      contactDetails: {
        twitter: 'https://twitter.com/LeicsPoliceCity',
        facebook: 'https://www.facebook.com/leicspolice',
        telephone: '101',
        email: 'citycentre.beat@leics.police.uk',
      },
    });
    expect(result.value.contactDetails).not.toHaveProperty('web');
    expect(result.value.locations[0]).toEqual({
      name: 'Mansfield House',
      address: '74 Belgrave Gate\r\nLeicester',
      postcode: 'LE1 3GG',
      type: 'station',
      description: 'Front counter open 8am – 8pm, Monday to Saturday.',
      latitude: 52.640191,
      longitude: -1.131006,
    });
    expect(result.value.locations[1]).toMatchObject({ latitude: null, longitude: null });
    expect(result.value.links[0]).toEqual({
      url: 'https://www.leicester.gov.uk/',
      title: 'Leicester City Council',
      description: null,
    });
  });

  it('reads a boundary’s string coordinates as numbers', async () => {
    const result = await client().boundary('leicestershire', 'NC04');
    expect(result).toMatchObject({ kind: 'ok' });
    if (result.kind !== 'ok') return;
    expect(result.value).toHaveLength(7);
    expect(result.value[0]).toEqual({ latitude: 52.63, longitude: -1.145 });
  });

  it('reads the team’s people with their bios as plain text', async () => {
    const result = await client().people('leicestershire', 'NC04');
    expect(result).toEqual({
      kind: 'ok',
      value: [
        {
          name: 'Sergeant Priya Patel',
          rank: 'Sergeant',
          bio:
            'Sergeant Patel has led the City Centre team since 2022.\n' +
            'She previously worked in Response in Hinckley & Bosworth.',
          contactDetails: {
            email: 'city.centre.sergeant@leics.police.uk',
            twitter: 'https://twitter.com/LeicsPoliceCity',
          },
        },
        { name: 'PCSO Tom Walker', rank: 'PCSO', bio: null, contactDetails: {} },
      ],
    });
  });

  it('reads priorities ("You said – We did") with the HTML stripped from issue and action', async () => {
    const result = await client().priorities('leicestershire', 'NC04');
    expect(result).toEqual({
      kind: 'ok',
      value: [
        {
          issue:
            'Residents told us about anti-social behaviour & street drinking near the Clock Tower.',
          action:
            'We carried out 42 high-visibility patrols around the Clock Tower and Gallowtree Gate' +
            ' and issued 6 dispersal orders.',
          issueDate: '2025-04-01T00:00:00',
          actionDate: '2025-06-20T00:00:00',
        },
        {
          issue: 'Shop theft on the High Street and in Highcross',
          action: null,
          issueDate: '2025-07-01T00:00:00',
          actionDate: null,
        },
      ],
    });
  });

  it('reads the team’s events', async () => {
    const result = await client().events('leicestershire', 'NC04');
    expect(result).toMatchObject({ kind: 'ok' });
    if (result.kind !== 'ok') return;
    expect(result.value[0]).toEqual({
      title: 'Beat surgery',
      description: 'Come and meet your local officers.',
      address: 'Leicester Market, Market Place, LE1 5HQ',
      type: 'meeting',
      startDate: '2025-09-13T11:00:00',
      endDate: '2025-09-13T13:00:00',
      contactDetails: {},
    });
    expect(result.value[1]).toMatchObject({ description: null, endDate: null });
  });

  it('says not found for a neighbourhood the force does not have', async () => {
    await expect(client().neighbourhood('leicestershire', 'XX99')).resolves.toEqual({
      kind: 'not_found',
    });
  });

  it('encodes ids into the path rather than letting them change it', async () => {
    await client().neighbourhood('leicestershire', '../forces');
    expect(apis.requests).toEqual([`${POLICE_API_URL}/leicestershire/..%2Fforces`]);
  });

  it('says unavailable, not a half-read list, when a boundary point is not a number', async () => {
    apis.server.use(
      http.get(`${POLICE_API_URL}/leicestershire/NC04/boundary`, () =>
        HttpResponse.json([{ latitude: '52.63', longitude: 'west' }]),
      ),
    );
    await expect(client().boundary('leicestershire', 'NC04')).resolves.toMatchObject({
      kind: 'unavailable',
      cause: 'malformed',
    });
  });

  it('says unavailable on a 500, without retrying it', async () => {
    apis.server.use(
      http.get(`${POLICE_API_URL}/forces`, () => new HttpResponse(null, { status: 500 })),
    );
    await expect(client().forces()).resolves.toMatchObject({ kind: 'unavailable', status: 500 });
    expect(apis.requests).toHaveLength(1);
  });

  it.each([429, 503])(
    'retries an importer call answered %i, with backoff, until it succeeds',
    async (status) => {
      let calls = 0;
      apis.server.use(
        http.get(`${POLICE_API_URL}/forces`, () => {
          calls += 1;
          return calls < 3
            ? new HttpResponse(null, { status })
            : HttpResponse.json([{ id: 'leicestershire', name: 'Leicestershire Police' }]);
        }),
      );
      await expect(client().forces()).resolves.toMatchObject({ kind: 'ok' });
      expect(calls).toBe(3);
    },
  );

  it('gives up after the last retry and says unavailable', async () => {
    apis.server.use(
      http.get(`${POLICE_API_URL}/forces`, () => new HttpResponse(null, { status: 429 })),
    );
    await expect(client().forces()).resolves.toMatchObject({ kind: 'unavailable', status: 429 });
    expect(apis.requests).toHaveLength(quickRetry.attempts);
  });

  it('never has more than five requests in flight, however many the importer starts', async () => {
    let inFlight = 0;
    let most = 0;
    apis.server.use(
      http.get(`${POLICE_API_URL}/leicestershire/:id/people`, async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await delay(20);
        inFlight -= 1;
        return HttpResponse.json([]);
      }),
    );
    const police = client();
    const ids = Array.from({ length: 12 }, (_, i) => `NC${i}`);
    const results = await Promise.all(ids.map((id) => police.people('leicestershire', id)));
    expect(results.every((result) => result.kind === 'ok')).toBe(true);
    expect(most).toBe(5);
  });

  it('starts no more than ten requests a second after a first burst of ten, however fast the answers come', async () => {
    const started: number[] = [];
    apis.server.use(
      http.get(`${POLICE_API_URL}/leicestershire/:id/events`, () => {
        started.push(performance.now());
        return HttpResponse.json([]);
      }),
    );
    const police = client();
    const ids = Array.from({ length: 15 }, (_, i) => `NC${i}`);

    const results = await Promise.all(ids.map((id) => police.events('leicestershire', id)));

    expect(results.every((result) => result.kind === 'ok')).toBe(true);
    // Ten at once, then one every 100 ms: the fifteenth starts about half a second after the first.
    expect(started[14]! - started[0]!).toBeGreaterThanOrEqual(450);
    for (let i = 11; i < 15; i += 1) {
      expect(started[i]! - started[i - 1]!).toBeGreaterThanOrEqual(80);
    }
  });
});

describe('locating a point to its neighbourhood with data.police.uk', () => {
  it('finds the force and neighbourhood of a point in Leicester', async () => {
    await expect(client().locateNeighbourhood(52.637536, -1.133903)).resolves.toEqual({
      kind: 'found',
      force: 'leicestershire',
      neighbourhood: 'NC04',
    });
    expect(apis.requests).toEqual([`${POLICE_API_URL}/locate-neighbourhood?q=52.637536,-1.133903`]);
  });

  it('says not found for a point in no neighbourhood (data.police.uk answers 404)', async () => {
    await expect(client().locateNeighbourhood(55.9533, -3.1883)).resolves.toEqual({
      kind: 'not_found',
    });
  });

  it('does not retry a resident’s lookup when data.police.uk is busy: they are waiting', async () => {
    apis.server.use(
      http.get(
        `${POLICE_API_URL}/locate-neighbourhood`,
        () => new HttpResponse(null, { status: 503 }),
      ),
    );
    await expect(client().locateNeighbourhood(52.6375, -1.1339)).resolves.toMatchObject({
      kind: 'unavailable',
      status: 503,
    });
    expect(apis.requests).toHaveLength(1);
  });

  it('says unavailable when data.police.uk is too slow', async () => {
    apis.server.use(
      http.get(`${POLICE_API_URL}/locate-neighbourhood`, async () => {
        await delay(1_000);
        return HttpResponse.json({ force: 'leicestershire', neighbourhood: 'NC04' });
      }),
    );
    const police = new PoliceApiClient({ timeoutMs: 50 });
    await expect(police.locateNeighbourhood(52.6375, -1.1339)).resolves.toEqual({
      kind: 'unavailable',
      cause: 'timeout',
    });
  });

  it('says unavailable when the answer names no neighbourhood', async () => {
    apis.server.use(
      http.get(`${POLICE_API_URL}/locate-neighbourhood`, () =>
        HttpResponse.json({ force: 'leicestershire' }),
      ),
    );
    await expect(client().locateNeighbourhood(52.6375, -1.1339)).resolves.toMatchObject({
      kind: 'unavailable',
      cause: 'malformed',
    });
  });
});
