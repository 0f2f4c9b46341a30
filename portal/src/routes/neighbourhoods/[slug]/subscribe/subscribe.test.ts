import { describe, expect, it } from 'vitest';
import { isRedirect } from '@sveltejs/kit';
import { ANONYMOUS } from '@engage/shared/auth';
import { createGateway } from '#lib/server/gateway.ts';
import { data, fakeGateway, graphQLError } from '../../../../../test/fake-gateway.ts';
import { GATEWAY_JWT_SECRET, GATEWAY_URL } from '../../../../../test/settings.ts';
import { outcome } from '../../../../../test/staff-events.ts';
import { actions, load } from './+page.server.ts';

const gateway = fakeGateway();

type LoadEvent = Parameters<typeof load>[0];
type ActionEvent = Parameters<typeof actions.default>[0];

const CITY = {
  id: 'a-city',
  name: 'City Centre',
  neighbourhoods: [
    { id: 'n-castle', slug: 'castle', name: 'Castle' },
    { id: 'n-abbey', slug: 'abbey', name: 'Abbey' },
  ],
};
const CASTLE = { id: 'n-castle', slug: 'castle', name: 'Castle', policingArea: CITY };

const locals = () => ({
  actor: ANONYMOUS,
  gateway: createGateway({ url: GATEWAY_URL, secret: GATEWAY_JWT_SECRET }).as(ANONYMOUS),
});

function post(body: [string, string][], address = '203.0.113.7'): ActionEvent {
  const url = new URL('http://portal.test/neighbourhoods/castle/subscribe');
  const request = new Request(url, { method: 'POST', body: new URLSearchParams(body) });
  return {
    locals: locals(),
    params: { slug: 'castle' },
    url,
    request,
    getClientAddress: () => address,
  } as unknown as ActionEvent;
}

const filled: [string, string][] = [
  ['email', 'resident@example.com'],
  ['neighbourhoodIds', 'n-castle'],
  ['policingAreaIds', 'a-city'],
  ['interests', 'NEWSLETTER'],
  ['interests', 'EVENTS'],
  ['language', 'CY'],
  ['format', 'LARGE_PRINT'],
];

const subscribed = () => data({ subscribe: { outcome: 'CHECK_YOUR_EMAIL' } });

describe('subscribing from a team page', () => {
  it("offers this team ticked, its NPA and the NPA's other teams, and the newsletter", async () => {
    gateway.reply(() => data({ neighbourhood: CASTLE }));

    const result = await load({
      locals: locals(),
      params: { slug: 'castle' },
    } as unknown as LoadEvent);

    expect(result.team).toEqual(CASTLE);
    expect(result.values).toMatchObject({
      email: '',
      neighbourhoodIds: ['n-castle'],
      policingAreaIds: [],
      interests: ['NEWSLETTER'],
      format: 'HTML',
      consent: false,
    });
    expect(gateway.calls[0]?.query).toMatch(/policingArea[\s\S]*neighbourhoods/);
  });

  it('answers 404 for a team that does not exist', async () => {
    gateway.reply(() => data({ neighbourhood: null }));

    const thrown = await outcome(() =>
      load({ locals: locals(), params: { slug: 'atlantis' } } as unknown as LoadEvent),
    );

    expect(thrown).toMatchObject({ status: 404 });
  });

  it('asks again for a wrong address and no interest, keeping everything typed, without calling the gateway', async () => {
    const result = await actions.default(
      post([
        ['email', 'resident.example.com'],
        ['neighbourhoodIds', 'n-castle'],
        ['language', 'EN'],
        ['format', 'HTML'],
        ['consent', 'yes'],
        ['ageBand', 'AGE_25_34'],
      ]),
    );

    expect(result).toMatchObject({
      status: 400,
      data: {
        values: {
          email: 'resident.example.com',
          neighbourhoodIds: ['n-castle'],
          interests: [],
          consent: true,
          ageBand: 'AGE_25_34',
        },
        errors: {
          email: 'email_invalid',
          interests: 'interests_missing',
          ethnicGroup: 'ethnic_group_missing',
          disability: 'disability_missing',
          gender: 'gender_missing',
        },
      },
    });
    expect(gateway.calls).toHaveLength(0);
  });

  it('asks for at least one area', async () => {
    const result = await actions.default(
      post(filled.filter(([name]) => name !== 'neighbourhoodIds' && name !== 'policingAreaIds')),
    );

    expect(result).toMatchObject({ status: 400, data: { errors: { areas: 'areas_missing' } } });
  });

  it('subscribes with every choice and no client argument, then sends everyone to the same page', async () => {
    gateway.reply(subscribed);

    const first = await outcome(() => actions.default(post(filled)));
    const second = await outcome(() => actions.default(post(filled)));

    for (const thrown of [first, second]) {
      expect(isRedirect(thrown)).toBe(true);
      expect(thrown).toMatchObject({ status: 303, location: '/subscriptions/check-your-email' });
    }
    const call = gateway.calls[0]!;
    // The limits key on the client key in the visitor's access token, never on an argument.
    expect(call.query).toContain('subscribe(input: $input)');
    expect(call.query).not.toContain('client');
    expect(call.variables['input']).toEqual({
      email: 'resident@example.com',
      neighbourhoodIds: ['n-castle'],
      policingAreaIds: ['a-city'],
      interests: ['NEWSLETTER', 'EVENTS'],
      language: 'CY',
      format: 'LARGE_PRINT',
    });
    expect(call.variables).not.toHaveProperty('client');
  });

  it('sends the demographic answers only with the separate consent', async () => {
    gateway.reply(subscribed);
    const answers: [string, string][] = [
      ['ageBand', 'AGE_25_34'],
      ['ethnicGroup', 'PREFER_NOT_TO_SAY'],
      ['disability', 'NO'],
      ['gender', 'WOMAN'],
    ];

    await outcome(() => actions.default(post([...filled, ...answers])));
    await outcome(() => actions.default(post([...filled, ['consent', 'yes'], ...answers])));

    expect(gateway.calls[0]?.variables['input']).not.toHaveProperty('demographics');
    expect(gateway.calls[1]?.variables['input']).toMatchObject({
      demographics: {
        ageBand: 'AGE_25_34',
        ethnicGroup: 'PREFER_NOT_TO_SAY',
        disability: 'NO',
        gender: 'WOMAN',
      },
    });
  });

  it('shows the form again with the service’s words and everything typed when rate-limited', async () => {
    gateway.reply(() =>
      graphQLError('Too many sign-ups. Try again in 40 minutes.', 'RATE_LIMITED'),
    );

    const result = await actions.default(post(filled));

    expect(result).toMatchObject({
      status: 429,
      data: {
        problem: 'Too many sign-ups. Try again in 40 minutes.',
        values: { email: 'resident@example.com', format: 'LARGE_PRINT' },
      },
    });
  });
});
