import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { data, fakeGateway, graphQLError } from '../../../../test/fake-gateway.ts';
import {
  ADMIN,
  ANALYST,
  COMMANDER,
  getEvent,
  outcome,
  postEvent,
} from '../../../../test/staff-events.ts';
import { actions, load } from './+page.server.ts';
import Page from './+page.svelte';

vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));
vi.mock('$app/forms', () => ({ enhance: () => ({ destroy() {} }) }));

const gateway = fakeGateway();

const rounds = [
  {
    id: 'r-nov',
    label: 'November 2026',
    opensOn: '2026-11-01',
    closesOn: '2026-11-30',
    status: 'SCHEDULED',
    questionSetVersion: 1,
    policingAreaIds: ['a-city'],
    localQuestions: [
      { policingAreaId: 'a-city', question: { id: 'l1', code: 'L1', text: 'Parking is safer' } },
    ],
    responseCount: 0,
    nationalComparison: null,
  },
  {
    id: 'r-may',
    label: 'May 2026',
    opensOn: '2026-05-01',
    closesOn: '2026-05-31',
    status: 'CLOSED',
    questionSetVersion: 1,
    policingAreaIds: [],
    localQuestions: [],
    responseCount: 1234,
    nationalComparison: 65.2,
  },
];
const policingAreas = [
  { id: 'a-city', slug: 'city-centre', name: 'City Centre', neighbourhoods: [] },
  { id: 'a-west', slug: 'west', name: 'West', neighbourhoods: [] },
];

type LoadEvent = Parameters<typeof load>[0];
type ActionEvent = Parameters<typeof actions.create>[0];
const post = (action: string, fields: Record<string, string> | FormData, actor = ADMIN) =>
  postEvent<ActionEvent>(`/staff/surveys?/${action}`, {}, fields, actor);

function html(page: unknown, form: unknown = null) {
  return render(Page, { props: { data: page, form, params: {} } as never }).body.replace(
    /<!--[\s\S]*?-->/g,
    '',
  );
}

describe('survey rounds for staff', () => {
  it('lists every round with its status, dates, areas and answers for an administrator', async () => {
    gateway.reply(() => data({ surveyRounds: rounds, policingAreas }));

    const page = await load(getEvent<LoadEvent>('/staff/surveys', {}, ADMIN));
    const body = html(page);

    expect(page.role).toBe('ADMIN');
    expect(body).toMatch(
      /<th scope="row">May 2026<\/th>\s*<td><strong class="tag tag--completed">Closed<\/strong><\/td>/,
    );
    expect(body).toContain('1 May 2026 to 31 May 2026');
    expect(body).toContain('1,234');
    expect(body).toContain('65.2%');
    expect(body).toContain('Parking is safer');
    expect(body).toContain('Open now');
    expect(body).toContain('Schedule the round');
  });

  it('lets a commander add questions for their own NPA only, and refuses analysts', async () => {
    gateway.reply(() => data({ surveyRounds: rounds, policingAreas }));

    const page = await load(getEvent<LoadEvent>('/staff/surveys', {}, COMMANDER));
    expect(page.policingAreas.map((area) => area.id)).toEqual(['a-city']);
    const body = html(page);
    expect(body).not.toContain('Schedule the round');
    expect(body).not.toContain('Open now');
    expect(body).toContain('Add a question for an area');

    const refused = await outcome(() => load(getEvent<LoadEvent>('/staff/surveys', {}, ANALYST)));
    expect(isHttpError(refused, 403)).toBe(true);
  });

  it('keeps what was typed when a new round is not right, and says what to fix', async () => {
    gateway.reply(() => data({}));

    const result = await actions.create(
      post('create', {
        label: 'November 2026',
        opensOn: '2026-11-30',
        closesOn: '2026-11-01',
        scope: 'AREAS',
      }),
    );

    expect(result).toMatchObject({
      status: 400,
      data: {
        create: {
          values: { label: 'November 2026', opensOn: '2026-11-30', scope: 'AREAS' },
          errors: { closesOn: 'closes_before_opens', scope: 'areas_missing' },
        },
      },
    });
    expect(gateway.calls).toHaveLength(0);
  });

  it('schedules a round for the NPAs ticked', async () => {
    gateway.reply(() => data({ createSurveyRound: { id: 'r-new' } }));
    const form = new FormData();
    for (const [name, value] of Object.entries({
      label: 'February 2027',
      opensOn: '2027-02-01',
      closesOn: '2027-02-28',
      scope: 'AREAS',
    })) {
      form.append(name, value);
    }
    form.append('policingAreaIds', 'a-city');
    form.append('policingAreaIds', 'a-west');

    const thrown = await outcome(() => actions.create(post('create', form)));

    expect(isRedirect(thrown) && thrown.location).toBe('/staff/surveys');
    expect(gateway.calls[0]?.variables).toEqual({
      label: 'February 2027',
      opensOn: '2027-02-01',
      closesOn: '2027-02-28',
      policingAreaIds: ['a-city', 'a-west'],
    });
  });

  it('asks before opening a round, because that emails every subscriber', async () => {
    gateway.reply(() => data({ openSurveyRound: { id: 'r-nov', status: 'OPEN' } }));

    const asked = await actions.open(post('open', { id: 'r-nov' }));
    expect(asked).toEqual({ confirm: { change: 'open', id: 'r-nov' } });
    expect(gateway.calls).toHaveLength(0);
    gateway.reply(() => data({ surveyRounds: rounds, policingAreas }));
    const page = await load(getEvent<LoadEvent>('/staff/surveys', {}, ADMIN));
    expect(html(page, asked)).toContain('Open November 2026 now?');

    gateway.reply(() => data({ openSurveyRound: { id: 'r-nov', status: 'OPEN' } }));
    const thrown = await outcome(() => actions.open(post('open', { id: 'r-nov', confirm: 'yes' })));
    expect(isRedirect(thrown) && thrown.location).toBe('/staff/surveys?done=opened');
    expect(gateway.calls.at(-1)?.query).toContain('openSurveyRound');

    // Back on the page (POST, redirect, GET: with or without JavaScript), a banner says so.
    gateway.reply(() => data({ surveyRounds: rounds, policingAreas }));
    const after = await load(getEvent<LoadEvent>('/staff/surveys?done=opened', {}, ADMIN));
    expect(html(after)).toMatch(/<div class="success-banner[^"]*" role="alert"[^>]*>/);
    expect(html(after)).toContain('Round opened');
    expect(html(page)).not.toContain('Round opened');
  });

  it('explains a round that has moved on (CONFLICT) instead of failing', async () => {
    gateway.reply(() => graphQLError('The round is already open.', 'CONFLICT'));

    const result = await actions.open(post('open', { id: 'r-nov', confirm: 'yes' }));

    expect(result).toMatchObject({ status: 400, data: { problem: 'The round is already open.' } });
  });

  it("shows the service's refusal of a local question, keeping the question", async () => {
    gateway.reply(() =>
      graphQLError('The round has opened: it is too late to add questions.', 'BAD_USER_INPUT'),
    );

    const result = await actions.question(
      post(
        'question',
        {
          'question-round': 'r-nov',
          'question-area': 'a-city',
          'question-text': 'Parking is safer',
        },
        COMMANDER,
      ),
    );

    expect(result).toMatchObject({
      status: 400,
      data: {
        question: {
          values: { text: 'Parking is safer' },
          problem: 'The round has opened: it is too late to add questions.',
        },
      },
    });
  });

  it('takes the national figure as a percentage from 0 to 100', async () => {
    gateway.reply(() => data({ setNationalComparison: { id: 'r-may', nationalComparison: 58.3 } }));

    const wrong = await actions.national(
      post('national', { 'national-round': 'r-may', 'national-value': '158' }),
    );
    expect(wrong).toMatchObject({
      status: 400,
      data: { national: { errors: { 'national-value': 'value_invalid' } } },
    });

    await outcome(() =>
      actions.national(post('national', { 'national-round': 'r-may', 'national-value': '58.3%' })),
    );
    expect(gateway.calls.at(-1)?.variables).toEqual({ roundId: 'r-may', value: 58.3 });
  });
});
