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
import { reachGroup, reachTable } from '../../../../../../test/reach-tables.ts';
import { load } from './+page.server.ts';
import Page from './+page.svelte';

vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));

const gateway = fakeGateway();
type Event = Parameters<typeof load>[0];

const AREA = CASTLE.policingArea;
const PATH = `/staff/areas/${AREA.slug}/reach`;
const OTHER_AREA_ROUND = {
  id: 'r-other',
  label: 'October 2026 (Riverside)',
  closesOn: '2026-10-31',
  status: 'CLOSED',
  policingAreaIds: ['a-riverside'],
  voidedAt: null,
};
const ROUNDS = [
  {
    id: 'r-dec',
    label: 'December 2026',
    closesOn: '2026-12-31',
    status: 'OPEN',
    policingAreaIds: [],
    voidedAt: null,
  },
  OTHER_AREA_ROUND,
  {
    id: 'r-nov',
    label: 'November 2026',
    closesOn: '2026-11-30',
    status: 'CLOSED',
    policingAreaIds: [AREA.id],
    voidedAt: null,
  },
  {
    id: 'r-void',
    label: 'September 2026',
    closesOn: '2026-09-30',
    status: 'CLOSED',
    policingAreaIds: [],
    voidedAt: '2026-10-02T10:00:00Z',
  },
];

const respondents = reachTable({
  sample: 'RESPONDENTS',
  roundId: 'r-nov',
  roundLabel: 'November 2026',
  asOf: null,
  total: 42,
  answered: 40,
  perThousandResidents: 0.81,
  groups: [
    reachGroup({
      group: 'ASIAN',
      count: 12,
      share: 0.3,
      lowBase: true,
      populationShare: 0.24,
      ratio: 1.25,
      ratioLow: 0.75,
      ratioHigh: 1.9,
    }),
    reachGroup({ group: 'WHITE', count: 25, share: 0.625, lowBase: true, populationShare: 0.65 }),
  ],
});

const teams = [
  {
    id: CASTLE.id,
    slug: CASTLE.slug,
    name: CASTLE.name,
    profile: {
      mainLanguages: ['English', 'Gujarati', 'Polish'],
      languages: [
        { language: 'English', count: 8000, share: 80 },
        { language: 'Gujarati', count: 600, share: 6 },
        { language: 'Polish', count: 200, share: 2 },
      ],
      isDemoData: true,
    },
  },
  {
    id: 'n-belgrave',
    slug: 'belgrave',
    name: 'Belgrave',
    profile: {
      mainLanguages: ['English', 'Gujarati'],
      languages: [
        { language: 'English', count: 9000, share: 90 },
        { language: 'Gujarati', count: 400, share: 4 },
        { language: 'Urdu', count: 50, share: 0.5 },
      ],
      isDemoData: true,
    },
  },
];

function answer(call: { query: string; variables: Record<string, unknown> }) {
  if (call.query.includes('query ReachAreaProfiles')) {
    return data({ policingArea: { ...AREA, neighbourhoods: teams } });
  }
  if (call.query.includes('query ReachRounds')) return data({ surveyRounds: ROUNDS });
  if (call.query.includes('query ReachRound(')) {
    return data({
      respondents,
      respondentAreas: [{ ...respondents, level: 'NEIGHBOURHOOD', areaId: CASTLE.id }],
    });
  }
  return data({
    subscribers: reachTable({}),
    trend: [
      {
        ...respondents,
        roundId: 'r-aug',
        roundLabel: 'August 2026',
        total: null,
        totalSuppressed: true,
        perThousandResidents: null,
        groups: [],
      },
      respondents,
    ],
    subscriberAreas: [
      reachTable({ level: 'NEIGHBOURHOOD', areaId: CASTLE.id, areaName: CASTLE.name }),
      reachTable({
        level: 'NEIGHBOURHOOD',
        areaId: 'n-belgrave',
        areaName: 'Belgrave',
        total: null,
        totalSuppressed: true,
      }),
    ],
  });
}

/** The page as a browser gets it, without Svelte's hydration markers between the elements. */
function html(loaded: Awaited<ReturnType<typeof load>>): string {
  const { body } = render(Page, { props: { data: loaded, params: {} } as never });
  return body.replace(/<!--[^]*?-->/g, '');
}

const reachCall = (name: string) =>
  gateway.calls.find((call) => call.query.includes(`query ${name}(`));

describe("an NPA's Reach page", () => {
  it('asks for the chosen question, and for the newest closed round that asked the NPA', async () => {
    gateway.reply(answer);

    const result = await load(
      getEvent<Event>(`${PATH}?dimension=ETHNIC_GROUP`, { slug: AREA.slug }, COMMANDER),
    );

    expect(reachCall('Reach')?.variables).toEqual({
      level: 'POLICING_AREA',
      areaId: AREA.id,
      dimension: 'ETHNIC_GROUP',
      byArea: true,
    });
    // Not the open December round, nor another NPA's: November, the NPA's own closed round.
    expect(reachCall('ReachRound')?.variables).toMatchObject({ roundId: 'r-nov' });
    expect(result.reach.rounds.map((round) => round.id)).toEqual(['r-dec', 'r-nov']);
    expect(result.reach.areas[0]?.respondents?.areaId).toBe(CASTLE.id);
    expect(result.reach.areas[1]?.respondents).toBeNull();
  });

  it('shows the round chosen in the address, and says so when the address names an unknown one', async () => {
    gateway.reply(answer);

    const chosen = await load(
      getEvent<Event>(`${PATH}?dimension=AGE_BAND&round=r-dec`, { slug: AREA.slug }, ANALYST),
    );
    expect(chosen.reach).toMatchObject({ roundId: 'r-dec', dimension: 'AGE_BAND', errors: {} });

    const unknown = await load(
      getEvent<Event>(`${PATH}?dimension=HEIGHT&round=r-other`, { slug: AREA.slug }, ANALYST),
    );
    expect(unknown.reach).toMatchObject({
      roundId: 'r-nov',
      dimension: 'AGE_BAND',
      errors: { dimension: 'dimension_unknown', round: 'round_unknown' },
    });
  });

  it('refuses an officer before asking for any figure (403)', async () => {
    gateway.reply(answer);

    const thrown = await outcome(() => load(getEvent<Event>(PATH, { slug: AREA.slug }, OFFICER)));

    expect(isHttpError(thrown, 403)).toBe(true);
    expect(reachCall('Reach')).toBeUndefined();
  });

  it('shows the 403 page when the gateway refuses the figures (FORBIDDEN)', async () => {
    gateway.reply((call) =>
      call.query.includes('query Reach(')
        ? graphQLError('Not your area', 'FORBIDDEN')
        : answer(call),
    );

    const thrown = await outcome(() => load(getEvent<Event>(PATH, { slug: AREA.slug }, COMMANDER)));

    expect(isHttpError(thrown, 403)).toBe(true);
  });

  it('shows each group beside residents, "fewer than 10" for held-back counts, seldom-heard and low-base in words', async () => {
    gateway.reply(answer);
    const loaded = await load(
      getEvent<Event>(`${PATH}?dimension=ETHNIC_GROUP`, { slug: AREA.slug }, COMMANDER),
    );

    const body = html(loaded);

    expect(body).toMatch(/<h1[^>]*>Who we reach: City Centre<\/h1>/);
    expect(body).toContain('Asian or Asian British');
    expect(body).toContain('0.33 (0.23 to 0.46)');
    expect(body).toMatch(/0\.33 \(0\.23 to 0\.46\)\s*<strong class="tag tag--urgent">Seldom heard/);
    expect(body).toContain('<td class="table__numeric" data-people-count="">fewer than 10</td>');
    expect(body).not.toMatch(/<td[^>]*>\s*[1-9]\s*<\/td>/);
    expect(body).toContain('Low base</strong> Fewer than 50 people answered');
    expect(body).toContain('Asian or Asian British: 7.9% of subscribers, but 24% of residents.');
    expect(body).not.toContain('White: 84.2% of subscribers');
    expect(body).toContain(
      // 1,000 of the 20,000 residents aged 3 and over (10,000 in each team).
      'Gujarati is the main language of 5% of residents (aged 3 and over), above 1% in Castle and Belgrave: consider a leaflet in Gujarati.',
    );
    expect(body).toContain(
      'Polish is the main language of 1% of residents (aged 3 and over), above 1% in Castle:',
    );
    // A main language nowhere (under 1%) is no suggestion.
    expect(body).not.toContain('Urdu');
    expect(body).toContain('invented for the demonstration');
    expect(body).toContain('400 (7.7 per 1,000 residents)');
    expect(body).toContain(
      'href="/staff/teams/castle/reach?dimension=ETHNIC_GROUP&amp;round=r-nov"',
    );
    // The chart: named, described in words, and each sample its own shape.
    expect(body).toMatch(/role="img"[^>]*aria-labelledby="[^"]*-title [^"]*-desc"/);
    expect(body).toContain('Seldom heard among subscribers: Asian or Asian British.');
    expect(body).toContain('<rect');
    // The trend: a suppressed round is a gap, said in words.
    expect(body).toContain('A gap in the line is a round whose figures are held back');
  });

  it('explains an NPA no round has asked yet, rather than showing an empty table', async () => {
    gateway.reply((call) =>
      call.query.includes('query ReachRounds')
        ? data({ surveyRounds: [OTHER_AREA_ROUND] })
        : answer(call),
    );
    const loaded = await load(getEvent<Event>(PATH, { slug: AREA.slug }, COMMANDER));

    expect(reachCall('ReachRound')).toBeUndefined();
    const body = html(loaded);
    expect(body).toContain('No “Your Views” round has asked people in City Centre yet');
    expect(body).not.toContain('Respondents’ ratio (95% interval)');
    expect(body).not.toContain('square dot');
  });
});
