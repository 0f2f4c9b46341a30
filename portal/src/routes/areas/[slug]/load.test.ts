import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { ANONYMOUS } from '@engage/shared/auth';
import { createGateway } from '#lib/server/gateway.ts';
import { data, fakeGateway } from '../../../../test/fake-gateway.ts';
import { GATEWAY_JWT_SECRET, GATEWAY_URL } from '../../../../test/settings.ts';
import { load } from './+page.server.ts';

const gateway = fakeGateway();

function event(slug: string) {
  const locals = {
    actor: ANONYMOUS,
    gateway: createGateway({ url: GATEWAY_URL, secret: GATEWAY_JWT_SECRET }).as(ANONYMOUS),
  };
  return { locals, params: { slug } } as unknown as Parameters<typeof load>[0];
}

const cityCentre = {
  id: 'a1',
  slug: 'city-centre',
  name: 'City Centre',
  neighbourhoods: [
    {
      id: 'n1',
      slug: 'castle',
      name: 'Castle',
      latestNewsletter: {
        title: 'Castle in November',
        month: '2026-11',
        publishedAt: '2026-11-03T09:00:00.000Z',
      },
    },
    { id: 'n2', slug: 'fosse', name: 'Fosse', latestNewsletter: null },
  ],
  commanderUpdates: [
    {
      id: 'u1',
      title: 'A safer city centre this summer',
      body: 'We have more patrols on Friday and Saturday nights.',
      videoUrl: 'https://video.example/u1',
      publishedAt: '2026-05-04T09:00:00.000Z',
      authorName: 'Inspector Tom Walsh',
    },
  ],
};

describe('a policing area (NPA) page', () => {
  it("loads the area, its neighbourhoods, the commander's latest 5 updates and what residents can have their say on", async () => {
    gateway.reply((call) =>
      call.query.includes('OpenRoundsForAreas')
        ? data({
            surveyRounds: [
              {
                id: 'r1',
                label: 'City Centre, winter',
                closesOn: '2026-12-20',
                status: 'OPEN',
                policingAreaIds: ['a1'],
              },
              {
                id: 'r2',
                label: 'City East, winter',
                closesOn: '2026-12-20',
                status: 'OPEN',
                policingAreaIds: ['a2'],
              },
            ],
          })
        : data({ policingArea: cityCentre }),
    );

    expect(await load(event('city-centre'))).toEqual({
      policingArea: {
        ...cityCentre,
        neighbourhoods: [
          { id: 'n1', slug: 'castle', name: 'Castle' },
          { id: 'n2', slug: 'fosse', name: 'Fosse' },
        ],
      },
      openRounds: [{ id: 'r1', label: 'City Centre, winter', closesOn: '2026-12-20' }],
      // Each team's latest, for those that have published one.
      latestNewsletters: [
        {
          teamSlug: 'castle',
          teamName: 'Castle',
          title: 'Castle in November',
          month: '2026-11',
          publishedAt: '2026-11-03T09:00:00.000Z',
        },
      ],
    });
    expect(gateway.calls).toHaveLength(2);
    expect(gateway.calls[0]?.variables).toEqual({ slug: 'city-centre', updates: 5 });
    expect(gateway.calls[0]?.actor).toBeUndefined();
  });

  it('answers 404 for a slug no policing area has', async () => {
    gateway.reply(() => data({ policingArea: null }));

    const thrown = await load(event('atlantis')).catch((error: unknown) => error);

    expect(isHttpError(thrown, 404)).toBe(true);
  });
});
