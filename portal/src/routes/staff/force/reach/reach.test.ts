import { describe, expect, it, vi } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { render } from 'svelte/server';
import type { Actor } from '@engage/shared/auth';
import { data, fakeGateway } from '../../../../../test/fake-gateway.ts';
import { reachTable } from '../../../../../test/reach-tables.ts';
import { CASTLE, COMMANDER, OFFICER, getEvent, outcome } from '../../../../../test/staff-events.ts';
import { load } from './+page.server.ts';
import Page from './+page.svelte';

vi.mock('$app/paths', () => ({
  resolve: (route: string, params: Record<string, string> = {}) =>
    route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? ''),
}));

const gateway = fakeGateway();
type Event = Parameters<typeof load>[0];

const PATH = '/staff/force/reach';
const REVIEWER: Actor = { kind: 'staff', id: 'reviewer-1', name: 'Kim Ray', role: 'REVIEWER' };
const AREA = CASTLE.policingArea;

function answer(call: { query: string }) {
  if (call.query.includes('query ReachForceProfiles')) {
    return data({
      policingAreas: [
        {
          ...AREA,
          profile: {
            mainLanguages: ['English', 'Urdu'],
            languages: [
              { language: 'English', count: 9000, share: 90 },
              { language: 'Urdu', count: 1000, share: 10 },
            ],
            isDemoData: true,
          },
        },
      ],
    });
  }
  if (call.query.includes('query ReachRounds')) return data({ surveyRounds: [] });
  return data({
    subscribers: reachTable({ level: 'FORCE', areaId: null, areaName: 'Demo force' }),
    trend: [],
    subscriberAreas: [reachTable({})],
  });
}

describe("the force's Reach page", () => {
  it.each([
    ['an officer', OFFICER],
    ['a commander', COMMANDER],
  ])('refuses %s before asking for any figure (403)', async (_, actor) => {
    gateway.reply(answer);

    const thrown = await outcome(() => load(getEvent<Event>(PATH, {}, actor)));

    expect(isHttpError(thrown, 403)).toBe(true);
    expect(gateway.calls).toHaveLength(0);
  });

  it('shows a reviewer the force, with one row per NPA linking to its own Reach page', async () => {
    gateway.reply(answer);

    const loaded = await load(getEvent<Event>(`${PATH}?dimension=ETHNIC_GROUP`, {}, REVIEWER));

    expect(gateway.calls.find((call) => call.query.includes('query Reach('))?.variables).toEqual({
      level: 'FORCE',
      areaId: null,
      dimension: 'ETHNIC_GROUP',
      byArea: true,
    });
    const { body } = render(Page, { props: { data: loaded, params: {} } as never });
    expect(body).toContain('Who we reach: the whole force');
    expect(body).toContain('href="/staff/areas/city-centre/reach?dimension=ETHNIC_GROUP"');
    expect(body).toContain(
      // At force level the advice names the NPAs where a language is a main one.
      `Urdu is the main language of 10% of residents (aged 3 and over), above 1% in ${AREA.name}`,
    );
  });
});
