import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { data, fakeGateway, graphQLError } from '../../../../../../test/fake-gateway.ts';
import {
  ADMIN,
  ANALYST,
  COMMANDER,
  getEvent,
  outcome,
  postEvent,
} from '../../../../../../test/staff-events.ts';
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
  voidedAt: null,
  responseCount: 60,
  excludedResponseCount: 0,
  openLinkDays: [
    { day: '2026-11-03', answers: 4, excluded: 0 },
    { day: '2026-11-04', answers: 40, excluded: 0 },
  ],
  auditEntries: [
    {
      id: 'e1',
      at: '2026-11-05T10:00:00.000Z',
      actorName: 'Jo Admin',
      actorRole: 'ADMIN',
      action: 'survey_answers.included',
      reason: 'The burst was a school class',
      before: { excludedAnswers: 40 },
      after: { excludedAnswers: 0 },
    },
  ],
};

type LoadEvent = Parameters<typeof load>[0];
type ActionEvent = Parameters<typeof actions.void>[0];
const PATH = '/staff/surveys/rounds/r-nov';
const post = (action: string, fields: Record<string, string> | FormData, actor = ADMIN) =>
  Object.assign(postEvent<ActionEvent>(`${PATH}?/${action}`, { id: 'r-nov' }, fields, actor), {
    url: new URL(`http://portal.test${PATH}`),
  });

function html(pageData: unknown, form: unknown = null) {
  const { body } = render(Page, { props: { data: pageData, form, params: {} } as never });
  return body.replace(/<!--[\s\S]*?-->/g, '');
}

const mutations = () => gateway.calls.filter((call) => call.query.trim().startsWith('mutation'));

describe('putting a round right', () => {
  it('is for administrators only', async () => {
    for (const actor of [COMMANDER, ANALYST]) {
      const thrown = await outcome(() => load(getEvent<LoadEvent>(PATH, { id: 'r-nov' }, actor)));
      expect(isHttpError(thrown) && thrown.status).toBe(403);
      const posted = await outcome(() => actions.void(post('void', { 'void-reason': 'x' }, actor)));
      expect(isHttpError(posted) && posted.status).toBe(403);
    }
    expect(gateway.calls).toEqual([]);
  });

  it('asks before voiding, then voids with the reason and says it is done', async () => {
    gateway.reply(() => data({ voidSurveyRound: { id: 'r-nov', voidedAt: '2026-11-06' } }));

    const asked = await actions.void(post('void', { 'void-reason': 'Sent to the wrong area' }));
    expect(asked).toMatchObject({ confirm: { kind: 'void', reason: 'Sent to the wrong area' } });
    expect(mutations()).toEqual([]);
    const page = html({ round, done: null, count: 0 }, asked);
    expect(page).toContain('Void November 2026?');
    expect(page).toContain(
      '<input type="hidden" name="void-reason" value="Sent to the wrong area"',
    );

    const thrown = await outcome(() =>
      actions.void(post('void', { 'void-reason': 'Sent to the wrong area', confirm: 'yes' })),
    );
    expect(isRedirect(thrown) && thrown.location).toBe(`${PATH}?done=voided`);
    expect(mutations()[0]?.variables).toEqual({
      roundId: 'r-nov',
      reason: 'Sent to the wrong area',
    });
    expect(html({ round, done: 'voided', count: 0 })).toContain(
      'The round is voided. Its answers no longer count in any published figure.',
    );
  });

  it('wants a reason, said beside the field and in the summary, and sends nothing', async () => {
    const result = await actions.void(post('void', { 'void-reason': ' ' }));

    expect(result).toMatchObject({
      status: 400,
      data: { failed: { form: 'void', errors: { 'void-reason': 'reason_missing' } } },
    });
    const page = html({ round, done: null, count: 0 }, (result as { data: unknown }).data);
    expect(page).toContain('<a href="#void-reason">Say why, in at least 5 characters</a>');
    expect(page.match(/Say why, in at least 5 characters/g)).toHaveLength(2);
    expect(mutations()).toEqual([]);
  });

  it('leaves the open-link answers of the chosen days out after asking, keeping the choice', async () => {
    gateway.reply(() => data({ excludeOpenLinkAnswers: { changed: 40 } }));
    const fields = () => {
      const form = new FormData();
      form.set('exclude-scope', 'DAYS');
      form.append('exclude-days', '2026-11-04');
      form.set('exclude-reason', 'A burst from one script');
      return form;
    };

    const asked = await actions.exclude(post('exclude', fields()));
    expect(asked).toMatchObject({ confirm: { kind: 'exclude', days: ['2026-11-04'] } });
    expect(html({ round, done: null, count: 0 }, asked)).toContain(
      'The open-link answers to November 2026 from 4 November 2026 will be left out',
    );

    const confirmed = fields();
    confirmed.set('confirm', 'yes');
    const thrown = await outcome(() => actions.exclude(post('exclude', confirmed)));
    expect(isRedirect(thrown) && thrown.location).toBe(`${PATH}?done=excluded&count=40`);
    expect(mutations()[0]?.variables).toEqual({
      roundId: 'r-nov',
      days: ['2026-11-04'],
      reason: 'A burst from one script',
    });
  });

  it('wants a day when only some days are chosen, and shows the service’s refusal', async () => {
    const noDay = await actions.include(
      post('include', { 'include-scope': 'DAYS', 'include-reason': 'Counted in error' }),
    );
    expect(noDay).toMatchObject({
      status: 400,
      data: { failed: { form: 'include', errors: { 'include-days': 'days_missing' } } },
    });

    gateway.reply(() => graphQLError('There are no excluded open-link answers.', 'BAD_USER_INPUT'));
    const refused = await actions.include(
      post('include', {
        'include-scope': 'ALL',
        'include-reason': 'Counted in error',
        confirm: 'yes',
      }),
    );
    expect(refused).toMatchObject({
      status: 400,
      data: { failed: { problem: 'There are no excluded open-link answers.' } },
    });
  });

  it('shows each day’s open-link answers and the record of changes', () => {
    const page = html({ round, done: null, count: 0 });

    expect(page).toContain('4 November 2026: 40 answers, 0 left out');
    expect(page).toContain('The burst was a school class');
    expect(page).toContain('Counted answers again.');
    expect(page).toContain('Answers left out: 40 before, 0 after.');
  });
});
