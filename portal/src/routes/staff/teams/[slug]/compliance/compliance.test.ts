import { describe, expect, it, vi } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import { data, fakeGateway, graphQLError } from '../../../../../../test/fake-gateway.ts';
import {
  ANALYST,
  CASTLE,
  OFFICER,
  OTHER_OFFICER,
  getEvent,
  outcome,
} from '../../../../../../test/staff-events.ts';
import type { StandardDetail } from '#lib/compliance/compliance.ts';
import { load as layoutLoad } from '../+layout.server.ts';
import { load } from './+page.server.ts';
import Page from './+page.svelte';

vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));

const gateway = fakeGateway();
type Event = Parameters<typeof load>[0];
type LayoutEvent = Parameters<typeof layoutLoad>[0];

const PATH = `/staff/teams/${CASTLE.slug}/compliance`;
const ROUTE = '/staff/teams/[slug]/compliance';
const Q3 = {
  kind: 'QUARTER',
  label: '2026 Q3',
  startsOn: '2026-07-01',
  endsOn: '2026-09-30',
  asOf: '2026-09-30',
};

const standards: StandardDetail[] = [
  {
    standard: 'PATCH_WALKS',
    status: 'DUE',
    dueBy: '2026-12-31',
    required: 2,
    achieved: 1,
    evidence: [{ date: '2026-08-04', description: 'Patch walk with the city council' }],
    evidenceCount: 1,
  },
  {
    standard: 'DAILY_SOCIAL_MEDIA',
    status: 'MISSED',
    dueBy: null,
    required: 92,
    achieved: 60,
    evidence: [
      { date: '2026-09-30', description: 'Facebook post' },
      { date: '2026-09-29', description: 'Nextdoor post' },
    ],
    evidenceCount: 60,
  },
  {
    standard: 'WARD_MEETING',
    status: 'MET',
    dueBy: null,
    required: 1,
    achieved: 1,
    evidence: [],
    evidenceCount: 0,
  },
];

describe("a team's standards page", () => {
  it('lets an analyst in, though not into the pages that change the team', async () => {
    gateway.reply(() => data({ neighbourhood: CASTLE }));

    const allowed = await layoutLoad(
      getEvent<LayoutEvent>(PATH, { slug: CASTLE.slug }, ANALYST, ROUTE),
    );
    expect(allowed).toEqual({ team: CASTLE, manages: false });

    const refused = await outcome(() =>
      layoutLoad(
        getEvent<LayoutEvent>(
          `/staff/teams/${CASTLE.slug}/priorities`,
          { slug: CASTLE.slug },
          ANALYST,
          '/staff/teams/[slug]/priorities',
        ),
      ),
    );
    expect(isHttpError(refused, 403)).toBe(true);
  });

  it("refuses an officer another team's standards (403)", async () => {
    gateway.reply(() => data({ neighbourhood: CASTLE }));

    const refused = await outcome(() =>
      layoutLoad(getEvent<LayoutEvent>(PATH, { slug: CASTLE.slug }, OTHER_OFFICER, ROUTE)),
    );

    expect(isHttpError(refused, 403)).toBe(true);
  });

  it('asks for the year so far when the query string says so', async () => {
    gateway.reply(() =>
      data({ neighbourhood: { id: CASTLE.id, compliance: { period: Q3, standards } } }),
    );

    await load(getEvent<Event>(`${PATH}?kind=YEAR_TO_DATE&year=2026`, { slug: CASTLE.slug }));

    expect(gateway.calls[0]?.variables).toEqual({
      slug: CASTLE.slug,
      period: { kind: 'YEAR_TO_DATE', year: 2026 },
    });
    expect(gateway.calls[0]?.actor).toMatchObject({ role: 'OFFICER' });
  });

  it('shows the 403 page when the gateway refuses (FORBIDDEN)', async () => {
    gateway.reply(() => graphQLError('Not your team', 'FORBIDDEN'));

    const thrown = await outcome(() => load(getEvent<Event>(PATH, { slug: CASTLE.slug }, OFFICER)));

    expect(isHttpError(thrown, 403)).toBe(true);
  });

  it('shows the chooser with an error for a quarter that has not started (BAD_USER_INPUT)', async () => {
    gateway.reply(() => graphQLError('That period is in the future', 'BAD_USER_INPUT'));

    const result = await load(
      getEvent<Event>(`${PATH}?kind=QUARTER&year=2027&quarter=1`, { slug: CASTLE.slug }),
    );

    expect(result).toMatchObject({
      compliance: null,
      choice: { errors: { quarter: 'period_future' } },
    });
  });

  it('says how much is done in the standard’s own unit, by when, and what counts', async () => {
    gateway.reply(() =>
      data({ neighbourhood: { id: CASTLE.id, compliance: { period: Q3, standards } } }),
    );
    const loaded = await load(
      getEvent<Event>(`${PATH}?kind=QUARTER&year=2026&quarter=3`, { slug: CASTLE.slug }),
    );

    const { body } = render(Page, {
      props: { data: { ...loaded, team: CASTLE, manages: true }, params: {} } as never,
    });

    expect(body).toContain('July to September 2026');
    expect(body).toContain('1 of 2 patch walks');
    expect(body).toContain('…</span> Due by 31 Dec');
    expect(body).toContain('31 December 2026');
    expect(body).toContain('60 of 92 days');
    expect(body).toContain('1 of 1 meeting');
    expect(body).toContain('<strong>4 August 2026</strong>: Patch walk with the city council');
    expect(body).toContain('and 58 more');
    expect(body).toContain('Nothing recorded in this period.');
    expect(body).toContain('id="daily_social_media"');
  });
});
