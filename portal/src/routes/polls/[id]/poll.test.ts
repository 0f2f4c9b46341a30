import { describe, expect, it, vi } from 'vitest';
import { render } from 'svelte/server';
import { isRedirect } from '@sveltejs/kit';
import { ANONYMOUS } from '@engage/shared/auth';
import type { Poll } from '#lib/surveys/surveys.ts';
import { data, fakeGateway, graphQLError } from '../../../../test/fake-gateway.ts';
import { getEvent, outcome, postEvent } from '../../../../test/staff-events.ts';
import { actions, load } from './+page.server.ts';
import Page from './+page.svelte';

vi.mock('$app/paths', () => ({ resolve: (route: string) => route }));

const gateway = fakeGateway();

const early: Poll = {
  id: 'p1',
  question: 'Should the team hold a beat surgery at the library?',
  options: [
    { id: 'o-yes', label: 'Yes', votes: null, share: null },
    { id: 'o-no', label: 'No', votes: null, share: null },
  ],
  closesAt: '2026-12-01T18:00:00.000Z',
  open: true,
  status: 'OPEN',
  totalVotes: null,
};
const counted: Poll = {
  ...early,
  options: [
    { id: 'o-yes', label: 'Yes', votes: 30, share: 75 },
    { id: 'o-no', label: 'No', votes: 10, share: 25 },
  ],
  totalVotes: 40,
};
const partly: Poll = {
  ...early,
  options: [
    { id: 'o-yes', label: 'Yes', votes: 14, share: 60.87 },
    { id: 'o-no', label: 'No', votes: null, share: null },
    { id: 'o-unsure', label: 'Not sure', votes: null, share: null },
  ],
  totalVotes: 23,
};

type ActionEvent = Parameters<typeof actions.default>[0];
const vote = (fields: Record<string, string>) =>
  Object.assign(postEvent<ActionEvent>('/polls/p1', { id: 'p1' }, fields, ANONYMOUS), {
    getClientAddress: () => '192.0.2.10',
  });

function html(poll: Poll, voted = false, form: unknown = null) {
  return render(Page, {
    props: { data: { poll, voted }, form, params: { id: 'p1' } } as never,
  }).body.replace(/<!--[\s\S]*?-->/g, '');
}

describe('a quick poll', () => {
  it('loads the poll and knows when the visitor has just voted', async () => {
    gateway.reply(() => data({ poll: early }));

    const page = await load(
      getEvent<Parameters<typeof load>[0]>('/polls/p1?voted=1', { id: 'p1' }, ANONYMOUS),
    );

    expect(page).toEqual({ poll: early, voted: true });
  });

  it('sends the vote with no client of its own (the service counts the signed visitor key), then shows the results', async () => {
    gateway.reply(() => data({ votePoll: { id: 'p1' } }));

    const thrown = await outcome(() => actions.default(vote({ option: 'o-yes' })));

    expect(isRedirect(thrown) && thrown.location).toBe('/polls/p1?voted=1');
    expect(gateway.calls[0]?.variables).toEqual({ pollId: 'p1', optionId: 'o-yes' });
    expect(gateway.calls[0]?.query).not.toContain('client');
  });

  it('says so when the visitor has voted already, or chose nothing', async () => {
    gateway.reply(() => graphQLError('voted', 'ALREADY_ANSWERED'));
    expect(await actions.default(vote({ option: 'o-no' }))).toMatchObject({
      status: 409,
      data: { problem: 'ALREADY_ANSWERED' },
    });
    expect(html(early, false, { problem: 'ALREADY_ANSWERED' })).toContain(
      'You have already voted in this poll. Thank you.',
    );

    expect(await actions.default(vote({}))).toMatchObject({
      status: 400,
      data: { problem: 'MISSING' },
    });
    expect(html(early, false, { problem: 'MISSING' })).toContain(
      '<a href="#option">Choose an answer</a>',
    );
  });

  it('shows no counts, not even the total, until enough people have voted', () => {
    const body = html(early);

    expect(body).toContain('We show the results when at least 10 people have voted.');
    expect(body).not.toMatch(/<td[^>]*>\d/);
    expect(body).not.toContain('votes so far');
    expect(body.match(/type="radio"/g)).toHaveLength(2);
  });

  it('says “fewer than 10, or held back” in place of each suppressed count', () => {
    const body = html(partly, true);

    expect(body).toContain('23 votes so far.');
    expect(body).toMatch(/<th scope="row">Yes<\/th>\s*<td[^>]*>14<\/td>\s*<td[^>]*>60.9%<\/td>/);
    expect(body).toMatch(
      /<th scope="row">No<\/th>\s*<td colspan="2">Fewer than 10 answers, or held back to protect a small group<\/td>/,
    );
    expect(body).toContain('Where an answer has fewer than 10 votes we do not show its count');
  });

  it('shows each answer’s votes and share once there are enough', () => {
    const body = html(counted, true);

    expect(body).toContain('Thank you. We have counted your vote.');
    expect(body).not.toContain('type="radio"');
    expect(body).toMatch(/<th scope="row">Yes<\/th>\s*<td[^>]*>30<\/td>\s*<td[^>]*>75%<\/td>/);
  });
});
