import { describe, expect, it, vi } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { data, fakeGateway, graphQLError } from '../../../../../../test/fake-gateway.ts';
import {
  ANALYST,
  CASTLE,
  COMMANDER,
  OFFICER,
  getEvent,
  outcome,
} from '../../../../../../test/staff-events.ts';
import type { StandardCompliance, TeamCompliance } from '#lib/compliance/compliance.ts';
import { load } from './+page.server.ts';
import Page from './+page.svelte';

vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));

const gateway = fakeGateway();
type Event = Parameters<typeof load>[0];

const AREA = CASTLE.policingArea;
const PATH = `/staff/areas/${AREA.slug}/compliance`;
const NOVEMBER = {
  kind: 'MONTH',
  label: '2026-11',
  startsOn: '2026-11-01',
  endsOn: '2026-11-30',
  asOf: '2026-11-25',
};

function standards(
  overrides: Partial<Record<string, Partial<StandardCompliance>>> = {},
): StandardCompliance[] {
  return (
    [
      'WARD_MEETING',
      'PATCH_WALKS',
      'QUARTERLY_PRIORITIES',
      'QUARTERLY_SURVEY',
      'MONTHLY_NEWSLETTER',
      'WEEKLY_COMMANDER_UPDATE',
      'DAILY_SOCIAL_MEDIA',
    ] as const
  ).map((standard) => ({
    standard,
    status: 'MET',
    dueBy: null,
    required: 1,
    achieved: 1,
    ...overrides[standard],
  }));
}

const teams: TeamCompliance[] = [
  {
    neighbourhood: { id: CASTLE.id, slug: CASTLE.slug, name: CASTLE.name },
    standards: standards({
      MONTHLY_NEWSLETTER: { status: 'DUE', dueBy: '2026-11-30', achieved: 0 },
      DAILY_SOCIAL_MEDIA: { status: 'MISSED', required: 25, achieved: 20 },
    }),
  },
  {
    neighbourhood: { id: 'n-new', slug: 'new-town', name: 'New Town' },
    standards: standards({ WARD_MEETING: { status: 'NOT_APPLICABLE' } }),
  },
];

const rollup = standards().map(({ standard }) => ({
  standard,
  met: 1,
  due: standard === 'MONTHLY_NEWSLETTER' ? 1 : 0,
  missed: standard === 'DAILY_SOCIAL_MEDIA' ? 1 : 0,
  notApplicable: 0,
}));

const answer = () =>
  data({ policingArea: { ...AREA, compliance: { period: NOVEMBER, teams, rollup } } });

describe("an NPA's standards dashboard", () => {
  it('shows the current month when the address chooses no period (the gateway’s default)', async () => {
    gateway.reply(answer);

    const result = await load(getEvent<Event>(PATH, { slug: AREA.slug }, COMMANDER));

    expect(gateway.calls[0]?.variables).toEqual({ slug: AREA.slug });
    expect(gateway.calls[0]?.actor).toMatchObject({ role: 'COMMANDER' });
    expect(result.compliance?.teams).toHaveLength(2);
    expect(result.choice).toMatchObject({ given: false, errors: {}, values: { kind: 'MONTH' } });
  });

  it('asks the gateway for the quarter chosen in the query string', async () => {
    gateway.reply(answer);

    await load(
      getEvent<Event>(
        `${PATH}?kind=QUARTER&year=2026&month=11&quarter=3`,
        { slug: AREA.slug },
        ANALYST,
      ),
    );

    expect(gateway.calls[0]?.variables).toEqual({
      slug: AREA.slug,
      period: { kind: 'QUARTER', year: 2026, number: 3 },
    });
  });

  it('shows the 403 page when the gateway refuses (FORBIDDEN), as it does an officer', async () => {
    gateway.reply(() => graphQLError('Not your area', 'FORBIDDEN'));

    const thrown = await outcome(() => load(getEvent<Event>(PATH, { slug: AREA.slug }, OFFICER)));

    expect(isHttpError(thrown, 403)).toBe(true);
  });

  it('shows the chooser with an error when the period has not started (BAD_USER_INPUT)', async () => {
    gateway.reply((call) =>
      call.query.includes('AreaCompliance')
        ? graphQLError('The period has not started', 'BAD_USER_INPUT')
        : data({ policingArea: AREA }),
    );

    const result = await load(
      getEvent<Event>(`${PATH}?kind=MONTH&year=2026&month=12`, { slug: AREA.slug }, COMMANDER),
    );

    expect(result).toMatchObject({
      area: AREA,
      compliance: null,
      choice: {
        values: { kind: 'MONTH', year: '2026', month: '12' },
        errors: { month: 'period_future' },
      },
    });
  });

  it('will not show a period it cannot read to an officer either (403)', async () => {
    gateway.reply(() => data({ policingArea: AREA }));

    const thrown = await outcome(() =>
      load(getEvent<Event>(`${PATH}?kind=MONTH&year=soon`, { slug: AREA.slug }, OFFICER)),
    );

    expect(isHttpError(thrown, 403)).toBe(true);
    expect(gateway.calls.some((call) => call.query.includes('AreaCompliance'))).toBe(false);
  });

  it('shows each status in words with a shape, the due date, and a link to the team', async () => {
    gateway.reply(answer);
    const loaded = await load(getEvent<Event>(PATH, { slug: AREA.slug }, COMMANDER));

    const { body } = render(Page, { props: { data: loaded, params: {} } as never });

    expect(body).toContain('November 2026');
    expect(body).toContain('✓</span> Met');
    expect(body).toContain('…</span> Due by 30 Nov');
    expect(body).toContain('✗</span> Missed');
    expect(body).toContain('–</span> Not yet a team');
    expect(body).toContain('href="/staff/teams/castle/compliance#daily_social_media"');
    expect(body).toMatch(/<caption[^>]*>Each team against the seven standards, November 2026/);
    expect(body).toContain('1 met, 1 due, 0 missed');
  });
});
