import { describe, expect, it, vi } from 'vitest';
import { isRedirect } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { data, fakeGateway, graphQLError } from '../../../../../../test/fake-gateway.ts';
import { CASTLE, getEvent, outcome, postEvent } from '../../../../../../test/staff-events.ts';
import type { StaffPoll } from '#lib/surveys/polls.server.ts';
import { actions, load } from './+page.server.ts';
import Page from './+page.svelte';
import { actions as newActions } from './new/+page.server.ts';
import NewPage from './new/+page.svelte';

vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));
vi.mock('$app/state', () => ({ page: { route: { id: '/staff/teams/[slug]/polls' } } }));

const gateway = fakeGateway();
type Event = Parameters<typeof load>[0];
type ActionEvent = Parameters<typeof actions.close>[0];
type NewEvent = Parameters<typeof newActions.default>[0];

const PATH = '/staff/teams/castle/polls';
const withTeam = <E>(event: E) =>
  Object.assign(event as object, { parent: async () => ({ team: CASTLE, manages: true }) }) as E;

const open: StaffPoll = {
  id: 'p-open',
  question: 'Should we hold a surgery at the library?',
  options: [
    { id: 'o1', label: 'Weekday evening', votes: 14, share: 60.87 },
    { id: 'o2', label: 'Saturday morning', votes: null, share: null },
    { id: 'o3', label: 'Never', votes: null, share: null },
  ],
  closesAt: null,
  open: true,
  status: 'OPEN',
  totalVotes: 23,
  openedAt: '2026-12-01T10:00:00.000Z',
  policingAreaIds: [],
  neighbourhoodIds: [CASTLE.id],
  manageable: true,
};
const draft: StaffPoll = {
  ...open,
  id: 'p-draft',
  question: 'Which evening suits a street meeting?',
  status: 'DRAFT',
  open: false,
  openedAt: null,
  totalVotes: null,
  options: open.options.map((o) => ({ ...o, votes: null, share: null })),
};
const npaWide: StaffPoll = {
  ...open,
  id: 'p-npa',
  question: 'What should the NPA focus on?',
  policingAreaIds: [CASTLE.policingArea.id],
  neighbourhoodIds: [],
  manageable: false,
};

function page(extra: Record<string, unknown> = {}, form: unknown = null) {
  return render(Page, {
    props: {
      data: { team: CASTLE, manages: true, polls: [open, draft, npaWide], done: null, ...extra },
      form,
      params: { slug: 'castle' },
    } as never,
  }).body.replace(/<!--[\s\S]*?-->/g, '');
}

const filled = {
  question: 'Should we hold a surgery at the library?',
  option1: 'Yes',
  option2: 'No',
  option3: '',
  option4: '',
  option5: '',
  option6: '',
  closesAt: '',
};

describe("a team's quick polls in the staff area", () => {
  it('lists every poll of the team, drafts too, and says what was just done', async () => {
    gateway.reply(() => data({ teamPolls: [open, draft] }));

    const loaded = await load(withTeam(getEvent<Event>(`${PATH}?done=opened`, { slug: 'castle' })));

    expect(loaded).toEqual({ polls: [open, draft], done: 'opened' });
    expect(gateway.calls[0]?.variables).toEqual({ neighbourhoodId: CASTLE.id });
    expect(page({ done: 'opened' })).toContain(
      'Poll opened. Residents can now vote on the team page.',
    );
  });

  it('shows results with each suppressed count in words, and offers open or close as the poll allows', () => {
    const body = page();

    expect(body).toContain('23 votes so far.');
    expect(body).toMatch(/<th scope="row">Weekday evening<\/th>\s*<td[^>]*>14<\/td>/);
    expect(body).toMatch(
      /<th scope="row">Saturday morning<\/th>\s*<td colspan="2">Fewer than 10 answers, or held back/,
    );
    expect(body).toContain(
      'Open poll<span class="visually-hidden">: Which evening suits a street meeting?',
    );
    expect(body).toContain('Close poll<span class="visually-hidden">: Should we hold a surgery');
    // The NPA's poll: shown, but the team page offers no buttons for it.
    expect(body).not.toContain('Close poll<span class="visually-hidden">: What should the NPA');
    expect(body).toContain('its NPA’s commander or an administrator opens and closes it');
  });

  it('asks before closing, then closes and says so', async () => {
    const asked = await actions.close(
      postEvent<ActionEvent>(PATH, { slug: 'castle' }, { id: 'p-open' }),
    );
    expect(asked).toEqual({ confirmClose: 'p-open' });
    expect(gateway.calls).toHaveLength(0);
    expect(page({}, asked)).toContain(
      'Are you sure you want to close “Should we hold a surgery at the library?”?',
    );

    gateway.reply(() => data({ closePoll: { id: 'p-open' } }));
    const thrown = await outcome(() =>
      actions.close(
        postEvent<ActionEvent>(PATH, { slug: 'castle' }, { id: 'p-open', confirm: 'yes' }),
      ),
    );
    expect(isRedirect(thrown) && thrown.location).toBe(`${PATH}?done=closed`);
    expect(gateway.calls[0]?.variables).toEqual({ id: 'p-open' });
  });

  it('says why when the service will not open a poll', async () => {
    gateway.reply(() => graphQLError('This poll is already open or closed.', 'CONFLICT'));

    const result = await actions.open(
      postEvent<ActionEvent>(PATH, { slug: 'castle' }, { id: 'p-draft' }),
    );

    expect(result).toMatchObject({
      status: 400,
      data: { problem: 'This poll is already open or closed.' },
    });
  });
});

describe('creating a quick poll', () => {
  const create = (fields: Record<string, string>) =>
    newActions.default(postEvent<NewEvent>(`${PATH}/new`, { slug: 'castle' }, fields));

  it('puts each problem beside its field, keeping what was typed, without calling the gateway', async () => {
    const result = await create({
      ...filled,
      question: 'Why',
      option2: '',
      option3: 'Yes',
      option4: 'x'.repeat(101),
      closesAt: '2020-01-01T10:00',
    });

    expect(result).toMatchObject({
      status: 400,
      data: {
        values: { question: 'Why', options: ['Yes', '', 'Yes', 'x'.repeat(101), '', ''] },
        errors: {
          question: 'question_too_short',
          option3: 'option_repeated',
          option4: 'option_too_long',
          closesAt: 'closes_past',
        },
      },
    });
    expect(gateway.calls).toHaveLength(0);
    const few = await create({ ...filled, option2: '' });
    expect(few).toMatchObject({ data: { errors: { option2: 'options_too_few' } } });

    const body = render(NewPage, {
      props: {
        data: { team: CASTLE, manages: true, values: {} },
        form: (few as { data: unknown }).data,
        params: {},
      } as never,
    }).body;
    expect(body).toContain('<a href="#option2">Enter at least 2 answers</a>');
    expect(body).toMatch(/id="option2-error"[\s\S]*Enter at least 2 answers/);
  });

  it('creates a draft for this team alone with the answers given, then lists it', async () => {
    gateway.reply((call) =>
      call.query.includes('StaffTeam')
        ? data({ neighbourhood: CASTLE })
        : data({ createPoll: { id: 'p-new' } }),
    );

    const thrown = await outcome(() => create({ ...filled, option4: 'Not sure' }));

    expect(isRedirect(thrown) && thrown.location).toBe(`${PATH}?done=created`);
    expect(gateway.calls.at(-1)?.variables).toEqual({
      input: {
        question: filled.question,
        options: ['Yes', 'No', 'Not sure'],
        closesAt: null,
        policingAreaIds: [],
        neighbourhoodIds: [CASTLE.id],
      },
    });
  });
});
