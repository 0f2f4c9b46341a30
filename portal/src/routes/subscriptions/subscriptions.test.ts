import { describe, expect, it } from 'vitest';
import { ANONYMOUS } from '@engage/shared/auth';
import { createGateway } from '#lib/server/gateway.ts';
import { crossSiteForms, isCrossSiteFormPost } from '#lib/subscriptions/one-click.server.ts';
import { data, fakeGateway, graphQLError } from '../../../test/fake-gateway.ts';
import { GATEWAY_JWT_SECRET, GATEWAY_URL } from '../../../test/settings.ts';
import { outcome } from '../../../test/staff-events.ts';
import * as confirm from './confirm/+page.server.ts';
import * as manage from './manage/+page.server.ts';
import * as unsubscribe from './unsubscribe/+page.server.ts';

const gateway = fakeGateway();

const TOKEN = 'm.6f1c2d3e-0000-4000-8000-000000000001.mzx1a2.signature';

/** A request event as SvelteKit hands it to these pages: anonymous, the token in the query. */
function event<Event>(path: string, body?: URLSearchParams | [string, string][]): Event {
  const url = new URL(path, 'http://portal.test');
  const request = body
    ? new Request(url, { method: 'POST', body: new URLSearchParams(body) })
    : new Request(url);
  return {
    locals: {
      actor: ANONYMOUS,
      gateway: createGateway({ url: GATEWAY_URL, secret: GATEWAY_JWT_SECRET }).as(ANONYMOUS),
    },
    params: {},
    url,
    request,
  } as unknown as Event;
}

const CITY = {
  id: 'a-city',
  name: 'City Centre',
  neighbourhoods: [
    { id: 'n-castle', slug: 'castle', name: 'Castle' },
    { id: 'n-abbey', slug: 'abbey', name: 'Abbey' },
  ],
};
const PREFERENCES = {
  email: 'resident@example.com',
  status: 'CONFIRMED',
  neighbourhoods: [{ id: 'n-castle', slug: 'castle', name: 'Castle', policingArea: CITY }],
  policingAreas: [],
  interests: ['NEWSLETTER'],
  language: 'EN',
  format: 'HTML',
  hasDemographics: true,
};

const invalidLink = () => graphQLError('This link has expired.', 'INVALID_LINK');

describe('confirming a subscription', () => {
  it('never confirms on GET: the page only asks for a click (mail scanners open links)', async () => {
    gateway.reply(() => data({ confirmSubscription: PREFERENCES }));

    const result = confirm.load(
      event<Parameters<typeof confirm.load>[0]>(`/subscriptions/confirm?token=${TOKEN}`),
    );

    expect(result).toEqual({ token: TOKEN });
    expect(gateway.calls).toHaveLength(0);
  });

  it('confirms on POST and shows the choices', async () => {
    gateway.reply(() => data({ confirmSubscription: PREFERENCES }));

    const result = await confirm.actions.default(
      event(`/subscriptions/confirm?token=${TOKEN}`, [['token', TOKEN]]),
    );

    expect(result).toEqual({ confirmed: PREFERENCES });
    expect(gateway.calls[0]?.query).toContain('confirmSubscription(token: $token)');
    expect(gateway.calls[0]?.variables).toEqual({ token: TOKEN });
  });

  it('explains kindly when the link has expired or was tampered with', async () => {
    gateway.reply(invalidLink);

    const result = await confirm.actions.default(
      event(`/subscriptions/confirm?token=${TOKEN}`, [['token', TOKEN]]),
    );

    expect(result).toMatchObject({ status: 400, data: { invalidLink: true } });
  });
});

describe('managing a subscription', () => {
  type Load = Parameters<typeof manage.load>[0];
  const PATH = `/subscriptions/manage?token=${TOKEN}`;

  it('shows the saved choices with the areas they belong to, and no answers about the resident', async () => {
    gateway.reply(() => data({ subscriberPreferences: PREFERENCES }));

    const result = await manage.load(event<Load>(PATH));

    expect(result.found?.areas).toEqual([CITY]);
    expect(result.found?.preferences.hasDemographics).toBe(true);
    expect(result.found?.values).toMatchObject({
      neighbourhoodIds: ['n-castle'],
      consent: false,
      ageBand: '',
      ethnicGroup: '',
    });
  });

  it('explains an expired link instead of failing', async () => {
    gateway.reply(invalidLink);

    expect(await manage.load(event<Load>(PATH))).toEqual({ token: TOKEN, found: null });
  });

  it('keeps what was chosen when something is missing, without calling the gateway', async () => {
    const result = await manage.actions.save(
      event(PATH, [
        ['token', TOKEN],
        ['policingAreaIds', 'a-city'],
        ['language', 'CY'],
        ['format', 'PLAIN_TEXT'],
      ]),
    );

    expect(result).toMatchObject({
      status: 400,
      data: {
        values: { policingAreaIds: ['a-city'], language: 'CY', format: 'PLAIN_TEXT' },
        errors: { interests: 'interests_missing' },
      },
    });
    expect(gateway.calls).toHaveLength(0);
  });

  it('saves the choices, leaving the answers about the resident as they are', async () => {
    gateway.reply(() => data({ updateSubscriberPreferences: PREFERENCES }));

    const result = await manage.actions.save(
      event(`/subscriptions/manage?/save`, [
        ['token', TOKEN],
        ['neighbourhoodIds', 'n-abbey'],
        ['interests', 'SURVEYS'],
        ['language', 'EN'],
        ['format', 'HTML'],
        ['ageBand', 'AGE_25_34'],
      ]),
    );

    expect(result).toEqual({ saved: true });
    expect(gateway.calls[0]?.variables).toEqual({
      token: TOKEN,
      input: {
        neighbourhoodIds: ['n-abbey'],
        policingAreaIds: [],
        interests: ['SURVEYS'],
        language: 'EN',
        format: 'HTML',
      },
    });
  });

  it('withdraws the answers about the resident with the choices unchanged, and emails a fresh link to see them', async () => {
    gateway.reply((call) =>
      call.query.includes('SendDemographicsLink')
        ? data({ sendDemographicsLink: true })
        : call.query.includes('UpdateSubscriberPreferences')
          ? data({ updateSubscriberPreferences: { ...PREFERENCES, hasDemographics: false } })
          : data({ subscriberPreferences: PREFERENCES }),
    );

    const withdrawn = await manage.actions.withdrawAboutYou(event(PATH, [['token', TOKEN]]));
    expect(withdrawn).toEqual({ aboutYouWithdrawn: true });
    expect(gateway.calls[1]?.variables).toEqual({
      token: TOKEN,
      input: {
        neighbourhoodIds: ['n-castle'],
        policingAreaIds: [],
        interests: ['NEWSLETTER'],
        language: 'EN',
        format: 'HTML',
        clearDemographics: true,
      },
    });

    const sent = await manage.actions.sendAboutYouLink(event(PATH, [['token', TOKEN]]));
    expect(sent).toEqual({ aboutYouLinkSent: true });
    expect(gateway.calls[2]?.variables).toEqual({ token: TOKEN });
  });

  it('asks before deleting, then deletes and shows the done page', async () => {
    gateway.reply(() => data({ eraseSubscriberData: true }));

    const asked = await manage.actions.erase(event(PATH, [['token', TOKEN]]));
    expect(asked).toEqual({ confirmErase: true });
    expect(gateway.calls).toHaveLength(0);

    const done = await outcome(() =>
      manage.actions.erase(
        event(PATH, [
          ['token', TOKEN],
          ['confirm', 'yes'],
        ]),
      ),
    );
    expect(done).toMatchObject({ status: 303, location: '/subscriptions/deleted' });
    expect(gateway.calls[0]?.query).toContain('eraseSubscriberData(token: $token)');
  });
});

describe('unsubscribing', () => {
  const PATH = `/subscriptions/unsubscribe?token=${TOKEN}`;

  it('only asks on GET, naming the address the link is for', async () => {
    gateway.reply(() => data({ unsubscribeAddress: { email: 'resident@example.com' } }));

    const result = await unsubscribe.load(event<Parameters<typeof unsubscribe.load>[0]>(PATH));

    expect(result).toEqual({ token: TOKEN, email: 'resident@example.com' });
    expect(gateway.calls).toHaveLength(1);
    expect(gateway.calls[0]?.query).toMatch(/^\s*query UnsubscribeAddress/);
  });

  it('unsubscribes on the RFC 8058 one-click POST: the token in the query, no form token', async () => {
    gateway.reply(() => data({ unsubscribe: { email: 'resident@example.com' } }));

    const result = await unsubscribe.actions.default(
      event(PATH, [['List-Unsubscribe', 'One-Click']]),
    );

    expect(result).toEqual({ unsubscribed: 'resident@example.com', oneClick: true });
    expect(gateway.calls[0]?.variables).toEqual({ token: TOKEN });
  });

  it('explains a link that is not ours', async () => {
    gateway.reply(invalidLink);

    const result = await unsubscribe.actions.default(event(PATH, [['token', 'nonsense']]));

    expect(result).toMatchObject({ status: 400, data: { invalidLink: true } });
  });
});

describe('the cross-site form check', () => {
  const post = (path: string, headers: Record<string, string> = {}) =>
    new Request(`http://portal.test${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: 'List-Unsubscribe=One-Click',
    });

  it('lets a mail provider’s one-click POST through, with no Origin or from its own', () => {
    const path = `/subscriptions/unsubscribe?token=${TOKEN}`;
    const url = new URL(`http://portal.test${path}`);

    expect(isCrossSiteFormPost(post(path), url)).toBe(false);
    expect(isCrossSiteFormPost(post(path, { origin: 'https://mail.example' }), url)).toBe(false);
  });

  it('still refuses cross-site form posts everywhere else (403), and allows our own', async () => {
    const path = `/subscriptions/manage?/erase`;
    const resolve = () => new Response('ok');
    const run = (request: Request) =>
      crossSiteForms({
        event: { request, url: new URL(request.url) },
        resolve,
      } as unknown as Parameters<typeof crossSiteForms>[0]);

    expect((await run(post(path))).status).toBe(403);
    expect((await run(post(path, { origin: 'https://evil.example' }))).status).toBe(403);
    expect((await run(post(path, { origin: 'http://portal.test' }))).status).toBe(200);
    expect((await run(new Request(`http://portal.test${path}`))).status).toBe(200);
  });
});
