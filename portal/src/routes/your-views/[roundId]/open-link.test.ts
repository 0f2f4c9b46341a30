import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { isRedirect, type Cookies } from '@sveltejs/kit';
import { ANONYMOUS } from '@engage/shared/auth';
import {
  data,
  fakeGateway,
  graphQLError,
  type GatewayCall,
} from '../../../../test/fake-gateway.ts';
import { getEvent, outcome, postEvent } from '../../../../test/staff-events.ts';
import { actions, load } from './+page.server.ts';
import Page from './+page.svelte';

vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));
vi.mock('$app/forms', () => ({ enhance: () => ({ destroy() {} }) }));

const gateway = fakeGateway();

const round = {
  id: 'r-nov',
  label: 'November 2026',
  opensOn: '2026-11-01',
  closesOn: '2026-11-30',
  status: 'OPEN',
};
const standard = [1, 2, 3, 4, 5].map((n) => ({
  id: `q${n}`,
  code: `Q${n}`,
  text: `Standard question ${n}`,
  standard: true,
}));
const local = { id: 'l1', code: 'L1', text: 'Parking near the school is safer', standard: false };
const castle = { id: 'n-castle', slug: 'castle', name: 'Castle' };

const fiveAnswered = {
  shown: 'Q1,Q2,Q3,Q4,Q5',
  'answer-Q1': 'AGREE',
  'answer-Q2': 'AGREE',
  'answer-Q3': 'AGREE',
  'answer-Q4': 'AGREE',
  'answer-Q5': 'AGREE',
};

/** One browser's cookies for the portal, with what each was set with. */
function cookieJar() {
  const set = new Map<string, { value: string; options: Parameters<Cookies['set']>[2] }>();
  // Just what the page reads and writes; the rest of SvelteKit's Cookies is never called.
  const cookies = {
    get: (name: string) => set.get(name)?.value,
    getAll: () => [...set].map(([name, { value }]) => ({ name, value })),
    set: (name: string, value: string, options: Parameters<Cookies['set']>[2]) =>
      void set.set(name, { value, options }),
    delete: (name: string) => void set.delete(name),
    serialize: () => '',
  } as unknown as Cookies;
  return { cookies, set };
}

type ActionEvent = Parameters<typeof actions.default>[0];
type LoadEvent = Parameters<typeof load>[0];
function post(fields: Record<string, string>, jar = cookieJar()): ActionEvent {
  const event = postEvent<ActionEvent>(
    '/your-views/r-nov',
    { roundId: 'r-nov' },
    fields,
    ANONYMOUS,
  );
  return Object.assign(event, { cookies: jar.cookies });
}

/** The gateway: the round (with local questions once a neighbourhood is given), the postcode. */
function answerWith(
  postcode: Record<string, unknown>,
  submit: (call: GatewayCall) => Response = () =>
    data({
      submitSurveyResponse: {
        verified: false,
        neighbourhood: { id: castle.id, slug: castle.slug },
        round: { id: 'r-nov' },
      },
    }),
) {
  gateway.reply((call) => {
    if (call.query.includes('surveyRound(')) {
      const questions = call.variables['neighbourhoodId'] ? [...standard, local] : standard;
      return data({ surveyRound: { ...round, questions } });
    }
    if (call.query.includes('findNeighbourhood')) return data({ findNeighbourhood: postcode });
    return submit(call);
  });
}

describe('the open link to a round', () => {
  it('places unverified answers by the postcode given, which it does not send on', async () => {
    answerWith({ __typename: 'PostcodeMatch', neighbourhood: castle });

    const thrown = await outcome(() =>
      actions.default(post({ ...fiveAnswered, 'answer-L1': 'AGREE', postcode: 'LE1 5AA' })),
    );

    expect(isRedirect(thrown) && thrown.location).toBe(
      '/your-views/thank-you?round=r-nov&area=castle',
    );
    const submit = gateway.calls.at(-1)!;
    expect(submit.variables['input']).toMatchObject({
      roundId: 'r-nov',
      neighbourhoodId: 'n-castle',
    });
    expect(submit.variables['input']).not.toHaveProperty('token');
    expect(JSON.stringify(submit.variables)).not.toContain('LE1');
  });

  it("adds the area's own questions when the postcode finds some, keeping every answer", async () => {
    answerWith({ __typename: 'PostcodeMatch', neighbourhood: castle });

    const result = await actions.default(post({ ...fiveAnswered, postcode: 'LE1 5AA' }));

    expect(result).toMatchObject({
      status: 400,
      data: {
        values: { postcode: 'LE1 5AA', answers: { Q1: 'AGREE', Q5: 'AGREE' } },
        errors: { 'answer-L1': 'local_missing' },
        questions: [...standard, local],
      },
    });
  });

  it('asks again for a postcode it cannot use, keeping the answers', async () => {
    answerWith({ __typename: 'PostcodeNotFound', postcode: 'ZZ9 9ZZ', lookupUnavailable: false });

    const result = await actions.default(post({ ...fiveAnswered, postcode: 'ZZ9 9ZZ' }));

    expect(result).toMatchObject({
      status: 400,
      data: {
        values: { postcode: 'ZZ9 9ZZ', answers: { Q1: 'AGREE' } },
        errors: { postcode: 'postcode_not_found' },
      },
    });
  });

  it('sends answers with no postcode for the force as a whole', async () => {
    answerWith({ __typename: 'InvalidPostcode', reason: 'EMPTY' });

    await outcome(() => actions.default(post(fiveAnswered)));

    expect(gateway.calls.some((call) => call.query.includes('findNeighbourhood'))).toBe(false);
    expect(gateway.calls.at(-1)?.variables['input']).toMatchObject({
      roundId: 'r-nov',
      neighbourhoodId: null,
    });
  });

  it('keeps the answers when the connection has sent too many', async () => {
    answerWith({}, () => graphQLError('too many', 'RATE_LIMITED'));

    const result = await actions.default(post(fiveAnswered));

    expect(result).toMatchObject({
      status: 429,
      data: { problem: 'RATE_LIMITED', values: { answers: { Q1: 'AGREE' } } },
    });
  });
});

describe('a browser that has answered through the open link', () => {
  it('is remembered, told so in plain words when it comes back, and not sent on to the service again', async () => {
    answerWith({ __typename: 'InvalidPostcode', reason: 'EMPTY' });
    const browser = cookieJar();

    await outcome(() => actions.default(post(fiveAnswered, browser)));
    const marker = [...browser.set.values()][0];
    expect(marker?.options).toMatchObject({
      path: '/your-views/r-nov',
      httpOnly: true,
      sameSite: 'lax',
    });
    const sent = gateway.calls.filter((call) => call.query.includes('submitSurveyResponse'));
    expect(sent).toHaveLength(1);

    const again = await outcome(() => actions.default(post(fiveAnswered, browser)));
    expect(again).toMatchObject({ status: 409, data: { outcome: 'ANSWERED_HERE' } });
    expect(
      gateway.calls.filter((call) => call.query.includes('submitSurveyResponse')),
    ).toHaveLength(1);

    const page = await load(
      Object.assign(getEvent<LoadEvent>('/your-views/r-nov', { roundId: 'r-nov' }, ANONYMOUS), {
        cookies: browser.cookies,
      }),
    );
    expect(page).toMatchObject({ outcome: 'ANSWERED_HERE' });
    const body = render(Page, { props: { data: page, form: null, params: {} } as never }).body;
    expect(body).toContain('<h1>You have already answered this survey</h1>');
    expect(body).toContain('Someone using this browser has already sent answers to this round');
    expect(body).toContain('href="/your-views"');
    expect(body).not.toContain('<form');
  });

  it('is not remembered when the answers were refused', async () => {
    answerWith({}, () => graphQLError('too many', 'RATE_LIMITED'));
    const browser = cookieJar();

    await actions.default(post(fiveAnswered, browser));

    expect(browser.set.size).toBe(0);
  });
});
