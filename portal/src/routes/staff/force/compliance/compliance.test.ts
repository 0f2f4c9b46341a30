import { describe, expect, it, vi } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { data, fakeGateway, graphQLError } from '../../../../../test/fake-gateway.ts';
import { ADMIN, ANALYST, COMMANDER, getEvent, outcome } from '../../../../../test/staff-events.ts';
import { STANDARDS } from '#lib/compliance/compliance.ts';
import { load } from './+page.server.ts';
import Page from './+page.svelte';

vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));

const gateway = fakeGateway();
type Event = Parameters<typeof load>[0];

const PATH = '/staff/force/compliance';
const YEAR = {
  kind: 'YEAR_TO_DATE',
  label: '2026 to date',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  asOf: '2026-11-25',
};
const rollup = STANDARDS.map((standard) => ({
  standard,
  met: 4,
  due: 1,
  missed: 1,
  notApplicable: 0,
}));
const answer = () =>
  data({
    forceCompliance: {
      period: YEAR,
      areas: [{ policingArea: { id: 'a-city', slug: 'city-centre', name: 'City Centre' }, rollup }],
      rollup,
    },
  });

describe('the force’s standards', () => {
  it('are for administrators and analysts: a commander gets 403 without asking the gateway', async () => {
    gateway.reply(answer);

    const thrown = await outcome(() => load(getEvent<Event>(PATH, {}, COMMANDER)));

    expect(isHttpError(thrown, 403)).toBe(true);
    expect(gateway.calls).toHaveLength(0);
  });

  it('asks for the chosen period as the signed-in analyst', async () => {
    gateway.reply(answer);

    const result = await load(getEvent<Event>(`${PATH}?kind=YEAR_TO_DATE&year=2026`, {}, ANALYST));

    expect(gateway.calls[0]?.variables).toEqual({ period: { kind: 'YEAR_TO_DATE', year: 2026 } });
    expect(gateway.calls[0]?.actor).toMatchObject({ role: 'ANALYST' });
    expect(result.compliance?.areas).toHaveLength(1);
  });

  it('shows the 403 page when the gateway refuses (FORBIDDEN)', async () => {
    gateway.reply(() => graphQLError('Not for you', 'FORBIDDEN'));

    const thrown = await outcome(() => load(getEvent<Event>(PATH, {}, ADMIN)));

    expect(isHttpError(thrown, 403)).toBe(true);
  });

  it('shows the chooser with an error for a month that has not started (BAD_USER_INPUT)', async () => {
    gateway.reply(() => graphQLError('That period is in the future', 'BAD_USER_INPUT'));

    const result = await load(getEvent<Event>(`${PATH}?kind=MONTH&year=2026&month=12`, {}, ADMIN));

    expect(result).toMatchObject({
      compliance: null,
      choice: { errors: { month: 'period_future' } },
    });
  });

  it('links each NPA to its dashboard for the same period, with the counts in words', async () => {
    gateway.reply(answer);
    const loaded = await load(getEvent<Event>(`${PATH}?kind=YEAR_TO_DATE&year=2026`, {}, ADMIN));

    const { body } = render(Page, { props: { data: loaded, params: {} } as never });

    expect(body).toContain(
      'href="/staff/areas/city-centre/compliance?kind=YEAR_TO_DATE&amp;year=2026"',
    );
    expect(body).toContain('2026 so far');
    expect(body).toContain('Checked up to 25 November 2026.');
    expect(body).toContain('4 met, 1 due, 1 missed');
    expect(body).toContain('✗</span> 1 missed');
  });
});
