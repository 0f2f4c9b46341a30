import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { HttpResponse } from 'msw';
import { ANONYMOUS } from '@engage/shared/auth';
import { createGateway, GatewayError } from '#lib/server/gateway.ts';
import { data, fakeGateway, graphQLError } from '../../../../test/fake-gateway.ts';
import { GATEWAY_JWT_SECRET, GATEWAY_URL } from '../../../../test/settings.ts';
import { load } from './+page.server.ts';

const gateway = fakeGateway();
const NONE_MISSING = { surveys: false, newsletters: false };

/** Rounds the survey service lists: force-wide and open, another NPA's, and one closed. */
const ROUNDS = [
  { id: 'r1', label: 'November 2026', closesOn: '2026-12-20', status: 'OPEN', policingAreaIds: [] },
  { id: 'r2', label: 'Other NPA', closesOn: '2026-12-20', status: 'OPEN', policingAreaIds: ['a9'] },
  { id: 'r3', label: 'May 2026', closesOn: '2026-06-01', status: 'CLOSED', policingAreaIds: [] },
];
/** What "Have your say" offers a Castle resident: the open round for everyone, not the others. */
const OPEN_HERE = [{ id: 'r1', label: 'November 2026', closesOn: '2026-12-20' }];

/** Just what this load function reads from its event. */
function event(slug: string) {
  const locals = {
    actor: ANONYMOUS,
    gateway: createGateway({ url: GATEWAY_URL, secret: GATEWAY_JWT_SECRET }).as(ANONYMOUS),
  };
  return { locals, params: { slug } } as unknown as Parameters<typeof load>[0];
}

const castle = {
  id: 'n1',
  slug: 'castle',
  name: 'Castle',
  description: 'The castle, the cathedral and the streets around them.',
  policingArea: { id: 'a1', slug: 'city', name: 'City Centre' },
  officers: [
    {
      id: 'o1',
      name: 'Sgt Priya Khan',
      role: 'Sergeant',
      bio: 'Priya leads the team.',
      photoUrl: '/demo-officers/officer-1.svg',
    },
    { id: 'o2', name: 'PCSO Marek Novak', role: 'PCSO', bio: null, photoUrl: null },
  ],
  coverage: [
    { name: 'Castle', kind: 'WARD' },
    { name: 'Westcotes', kind: 'WARD' },
  ],
  postcodeSectors: ['LE1 1', 'LE1 2', 'LE1 3'],
  profile: {
    population: 12345,
    deprivationDecile: 2,
    ageBands: [
      { group: 'Aged 17 and under', code: 'UNDER_18', share: 18.5 },
      { group: 'Aged 18 to 24', code: 'AGE_18_24', share: 81.5 },
    ],
    ethnicity: [{ group: 'White', code: 'WHITE', share: 100 }],
    mainLanguages: ['English', 'Gujarati'],
    isDemoData: true,
    sources: [],
  },
  confidenceHeadline: {
    latest: {
      round: {
        id: 'r1',
        label: 'May 2026',
        opensOn: '2026-05-01',
        closesOn: '2026-05-31',
        status: 'CLOSED',
      },
      confidence: { value: 52.5, lower: 49.1, upper: 55.9, respondents: 1234, suppressed: false },
      responses: 1234,
      withheld: null,
    },
    shown: null,
  },
  latestNewsletter: {
    title: 'Your team in May',
    month: '2026-05',
    publishedAt: '2026-05-04T09:00:00.000Z',
  },
  contactPhone: '0116 496 0000',
  contactEmail: 'castle.team@demo-shire-police.example.org',
};

describe('the neighbourhood page', () => {
  it('loads the neighbourhood, its area, confidence and newsletter in one anonymous query', async () => {
    gateway.reply((call) =>
      call.query.includes('OpenRoundsForAreas')
        ? data({ surveyRounds: ROUNDS })
        : call.query.includes('TeamPolls')
          ? data({ polls: [] })
          : data({ neighbourhood: castle }),
    );

    const result = await load(event('castle'));

    expect(result).toEqual({
      neighbourhood: castle,
      polls: [],
      openRounds: OPEN_HERE,
      unavailable: NONE_MISSING,
    });
    // Then the team's open quick polls and the open survey rounds (surveys), after the team's ids.
    expect(gateway.calls).toHaveLength(3);
    // The translations of the priorities in the page's language only (English here).
    expect(gateway.calls[0]?.variables).toEqual({ slug: 'castle', language: 'EN' });
    expect(gateway.calls[0]?.actor).toBeUndefined();
    expect(gateway.calls[0]?.query).toMatch(
      /officers[\s\S]*coverage[\s\S]*postcodeSectors[\s\S]*profile[\s\S]*confidenceHeadline[\s\S]*latestNewsletter/,
    );
  });

  it('shows a neighbourhood with no description, profile, survey results or newsletter yet', async () => {
    const quiet = {
      ...castle,
      description: null,
      profile: null,
      confidenceHeadline: null,
      latestNewsletter: null,
    };
    gateway.reply((call) =>
      call.query.includes('OpenRoundsForAreas')
        ? data({ surveyRounds: ROUNDS })
        : call.query.includes('TeamPolls')
          ? graphQLError('surveys is down', 'INTERNAL_SERVER_ERROR')
          : data({ neighbourhood: quiet }),
    );

    expect(await load(event('castle'))).toEqual({
      neighbourhood: quiet,
      polls: [],
      openRounds: OPEN_HERE,
      unavailable: NONE_MISSING,
    });
  });

  it('shows the rest of the page when the surveys service is down, marking its panel unavailable', async () => {
    const withoutSurveys = { ...castle, confidenceHeadline: null };
    gateway.reply((call) =>
      call.query.includes('OpenRoundsForAreas')
        ? data({ surveyRounds: ROUNDS })
        : call.query.includes('TeamPolls')
          ? graphQLError('surveys is down', 'INTERNAL_SERVER_ERROR')
          : // A subgraph the gateway cannot reach: its fields come back null, the error has no path.
            HttpResponse.json({
              data: { neighbourhood: withoutSurveys },
              errors: [
                { message: 'connect ECONNREFUSED', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
              ],
            }),
    );

    expect(await load(event('castle'))).toEqual({
      neighbourhood: withoutSurveys,
      polls: [],
      openRounds: OPEN_HERE,
      unavailable: { surveys: true, newsletters: false },
    });
  });

  it('marks the newsletter panel unavailable from an error under its path', async () => {
    const withoutNewsletter = { ...castle, latestNewsletter: null };
    gateway.reply((call) =>
      call.query.includes('OpenRoundsForAreas')
        ? data({ surveyRounds: ROUNDS })
        : call.query.includes('TeamPolls')
          ? data({ polls: [] })
          : HttpResponse.json({
              data: { neighbourhood: withoutNewsletter },
              errors: [
                {
                  message: 'newsletters timed out',
                  path: ['neighbourhood', 'latestNewsletter'],
                  extensions: { code: 'INTERNAL_SERVER_ERROR' },
                },
              ],
            }),
    );

    const result = await load(event('castle'));

    expect(result).toMatchObject({ unavailable: { surveys: false, newsletters: true } });
  });

  it('fails as before when what failed is the neighbourhood itself (engagement down)', async () => {
    gateway.reply(() =>
      HttpResponse.json({
        data: { neighbourhood: null },
        errors: [
          { message: 'connect ECONNREFUSED', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      }),
    );

    await expect(load(event('castle'))).rejects.toBeInstanceOf(GatewayError);
  });

  it('answers 404 for a slug no neighbourhood has', async () => {
    gateway.reply(() => data({ neighbourhood: null }));

    const thrown = await load(event('atlantis')).catch((error: unknown) => error);

    expect(isHttpError(thrown, 404)).toBe(true);
  });

  it('lets a gateway failure through, for the error page to show without details', async () => {
    gateway.reply(() => graphQLError('surveys subgraph timed out', 'INTERNAL_SERVER_ERROR'));

    await expect(load(event('castle'))).rejects.toBeInstanceOf(GatewayError);
  });
});
