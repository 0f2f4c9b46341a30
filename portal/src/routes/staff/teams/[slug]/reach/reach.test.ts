import { describe, expect, it, vi } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import type { Actor } from '@engage/shared/auth';
import { data, fakeGateway } from '../../../../../../test/fake-gateway.ts';
import { ALL_HELD_BACK, reachTable } from '../../../../../../test/reach-tables.ts';
import {
  CASTLE,
  OFFICER,
  OTHER_OFFICER,
  getEvent,
  outcome,
} from '../../../../../../test/staff-events.ts';
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

const PATH = `/staff/teams/${CASTLE.slug}/reach`;
const REVIEWER: Actor = { kind: 'staff', id: 'reviewer-1', name: 'Kim Ray', role: 'REVIEWER' };
const ROUTE = '/staff/teams/[slug]/reach';

/** The team page's event, with the layout's data as its parent. */
function pageEvent(path: string, actor: Actor): Event {
  const event = getEvent<Event>(path, { slug: CASTLE.slug }, actor, ROUTE);
  return { ...event, parent: async () => ({ team: CASTLE, manages: true }) } as Event;
}

function answer(held = false) {
  return (call: { query: string }) => {
    if (call.query.includes('query StaffTeam(')) return data({ neighbourhood: CASTLE });
    if (call.query.includes('query ReachTeamProfile')) {
      return data({
        neighbourhood: {
          id: CASTLE.id,
          profile: {
            mainLanguages: ['English', 'Gujarati'],
            languages: [
              { language: 'English', count: 7300, share: 91.25 },
              { language: 'Gujarati', count: 500, share: 6.25 },
              { language: 'Somali', count: 12, share: 0.15 },
            ],
            isDemoData: false,
          },
        },
      });
    }
    if (call.query.includes('query ReachRounds')) return data({ surveyRounds: [] });
    const table = reachTable({
      level: 'NEIGHBOURHOOD',
      areaId: CASTLE.id,
      areaName: CASTLE.name,
      isDemoPopulation: false,
      ...(held ? ALL_HELD_BACK : {}),
    });
    return data({ subscribers: table, trend: [] });
  };
}

describe("a team's Reach page", () => {
  it("is open to a reviewer, who manages no team, and refuses another team's officer (403)", async () => {
    gateway.reply(answer());

    const layout = await layoutLoad(
      getEvent<LayoutEvent>(PATH, { slug: CASTLE.slug }, REVIEWER, ROUTE),
    );
    expect(layout).toMatchObject({ team: { id: CASTLE.id }, manages: false });

    const refused = await outcome(() =>
      layoutLoad(getEvent<LayoutEvent>(PATH, { slug: CASTLE.slug }, OTHER_OFFICER, ROUTE)),
    );
    expect(isHttpError(refused, 403)).toBe(true);

    // The same reviewer may not open the team's priorities.
    const priorities = await outcome(() =>
      layoutLoad(
        getEvent<LayoutEvent>(
          `/staff/teams/${CASTLE.slug}/priorities`,
          { slug: CASTLE.slug },
          REVIEWER,
          '/staff/teams/[slug]/priorities',
        ),
      ),
    );
    expect(isHttpError(priorities, 403)).toBe(true);
  });

  it("asks for the team's own figures, and suggests a leaflet in each language its profile names", async () => {
    gateway.reply(answer());

    const loaded = await load(pageEvent(`${PATH}?dimension=ETHNIC_GROUP`, OFFICER));

    expect(gateway.calls.find((call) => call.query.includes('query Reach('))?.variables).toEqual({
      level: 'NEIGHBOURHOOD',
      areaId: CASTLE.id,
      dimension: 'ETHNIC_GROUP',
      byArea: false,
    });
    const { body } = render(Page, {
      props: { data: { ...loaded, team: CASTLE, manages: true }, params: {} } as never,
    });
    expect(body).toContain('What the team could do');
    expect(body).toContain(
      'Gujarati is the main language of 6.3% of residents here (aged 3 and over): consider a leaflet in Gujarati.',
    );
    expect(body).not.toContain('English is the main language');
    expect(body).not.toContain('Somali');
    expect(body).not.toContain('invented for the demonstration');
    // No round has asked the team yet: said, and no respondents' columns.
    expect(body).toContain('No “Your Views” round has asked people in Castle yet');
  });

  it('says when every count is held back, rather than showing a table of blanks', async () => {
    gateway.reply(answer(true));

    const loaded = await load(pageEvent(`${PATH}?dimension=ETHNIC_GROUP`, OFFICER));
    const { body } = render(Page, {
      props: { data: { ...loaded, team: CASTLE, manages: true }, params: {} } as never,
    });

    expect(body).toContain('Fewer than 10 people are in every group here');
    expect(body).not.toContain('<table class="table table--wide">');
    expect(body).toMatch(/<dd>\s*held back\s*<\/dd>/);
    expect(body).not.toContain('per 1,000 residents)');
  });
});
