import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { characterCount, textProblem } from '@engage/shared/graphql';
import { OutboxMessage } from '@engage/shared';
import { CommunityEvent } from '../../src/modules/community-events/community-event.entity.ts';
import { Priority } from '../../src/modules/priorities/priority.entity.ts';
import { POLICE_API_URL } from '../../src/outside/police-api.ts';
import { fixtures } from '../support/outside-apis.ts';
import {
  importFixtures,
  listedNow,
  serverError,
  twoNeighbourhoodForce,
} from '../support/police-api-import.ts';
import { useImportTestbed, withPoliceRefs } from '../support/import-helpers.ts';

const { apis, harness, em, importLeicestershire, rowCounts } = useImportTestbed();

const IMPORTED_FROM = (team: string, kind: 'priorities' | 'events') =>
  new RegExp(`^data\\.police\\.uk/leicestershire/${team}/${kind}/[0-9a-f]{16}$`);

async function prioritiesOf(team: string) {
  const priorities = await em().find(
    Priority,
    { neighbourhood: withPoliceRefs(team) },
    { populate: ['updates'], orderBy: { year: 'asc', quarter: 'asc', title: 'asc' } },
  );
  return priorities.map((priority) => ({
    title: priority.title,
    residentsSaid: priority.residentsSaid,
    year: priority.year,
    quarter: priority.quarter,
    source: priority.source,
    status: priority.status,
    weDid: priority.updates.getItems().map(({ actionOn, weDid }) => ({ actionOn, weDid })),
    importedFrom: priority.importedFrom,
  }));
}

async function eventsOf(team: string) {
  const events = await em().find(
    CommunityEvent,
    { neighbourhood: withPoliceRefs(team) },
    { orderBy: { startsAt: 'asc' } },
  );
  return events.map((event) => ({
    title: event.title,
    description: event.description,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt?.toISOString() ?? null,
    place: event.place,
    status: event.status,
    importedFrom: event.importedFrom,
  }));
}

const [beatSurgery, bikeMarking] = fixtures.police.events;
const [antiSocialBehaviour, shopTheft] = fixtures.police.priorities;

describe('importing each team’s priorities and events from data.police.uk', () => {
  it('adds the priorities as public “You said – We did”, and the events as published, in UK time, each marked as from data.police.uk', async () => {
    const report = await importLeicestershire();

    expect(report.activity).toEqual({
      priorities: { created: 3, updated: 0, unchanged: 0, closed: 0 },
      events: { created: 3, updated: 0, unchanged: 0, cancelled: 0 },
      failed: [],
    });
    const asb =
      'Residents told us about anti-social behaviour & street drinking near the Clock Tower.';
    expect(await prioritiesOf('NC04')).toEqual([
      {
        title: asb,
        residentsSaid: asb,
        // Raised on 1 April 2025: the second quarter.
        year: 2025,
        quarter: 2,
        source: 'OTHER',
        status: 'ACTIVE',
        weDid: [
          {
            actionOn: '2025-06-20',
            weDid:
              'We carried out 42 high-visibility patrols around the Clock Tower and ' +
              'Gallowtree Gate and issued 6 dispersal orders.',
          },
        ],
        importedFrom: expect.stringMatching(IMPORTED_FROM('NC04', 'priorities')),
      },
      {
        title: 'Shop theft on the High Street and in Highcross',
        residentsSaid: 'Shop theft on the High Street and in Highcross',
        year: 2025,
        quarter: 3,
        source: 'OTHER',
        status: 'ACTIVE',
        weDid: [],
        importedFrom: expect.stringMatching(IMPORTED_FROM('NC04', 'priorities')),
      },
    ]);
    expect(await eventsOf('NC04')).toEqual([
      {
        title: 'Beat surgery',
        description: 'Come and meet your local officers.',
        // 11:00 in Leicester in September is 10:00 UTC (British Summer Time).
        startsAt: '2025-09-13T10:00:00.000Z',
        endsAt: '2025-09-13T12:00:00.000Z',
        place: 'Leicester Market, Market Place, LE1 5HQ',
        status: 'PUBLISHED',
        importedFrom: expect.stringMatching(IMPORTED_FROM('NC04', 'events')),
      },
      {
        title: 'Bike marking',
        description: 'Email: citycentre.beat@leics.police.uk',
        startsAt: '2025-09-20T09:00:00.000Z',
        endsAt: null,
        place: 'Leicester railway station',
        status: 'PUBLISHED',
        importedFrom: expect.stringMatching(IMPORTED_FROM('NC04', 'events')),
      },
    ]);
    expect(await eventsOf('NC05')).toEqual([
      expect.objectContaining({
        title: 'Street surgery',
        description: 'Drop in with any concern, or just to say hello.\n\nTelephone: 101',
        // 30 March 2030 is the day before the clocks go forward: still GMT.
        startsAt: '2030-03-30T18:30:00.000Z',
        endsAt: '2030-03-30T19:30:00.000Z',
      }),
    ]);
    // The force published them at police.uk: importing them sends no invitations.
    expect(await em().count(OutboxMessage, { name: 'event.published' })).toBe(0);
  });

  it('changes nothing when run again with the same data', async () => {
    await importLeicestershire();
    const before = await rowCounts();
    harness().resetQueries();

    const report = await importLeicestershire();

    expect(report.activity).toEqual({
      priorities: { created: 0, updated: 0, unchanged: 3, closed: 0 },
      events: { created: 0, updated: 0, unchanged: 3, cancelled: 0 },
      failed: [],
    });
    expect(await rowCounts()).toEqual(before);
    expect(harness().queries.filter((sql) => /^\s*(insert|update|delete)\b/i.test(sql))).toEqual(
      [],
    );
  });

  it('updates a priority or event the force changed in place, closes a priority it dropped and cancels an upcoming event it dropped', async () => {
    await importLeicestershire();
    const [streetSurgery] = importFixtures.NC05.events;
    apis.server.use(
      listedNow('NC04', 'priorities', [
        { ...antiSocialBehaviour, action: '<p>We closed the off-licence’s late hours.</p>' },
      ]),
      listedNow('NC04', 'events', [
        { ...beatSurgery, address: 'Leicester Market, <em>east</em> entrance' },
        bikeMarking!,
      ]),
      listedNow('NC05', 'events', []),
    );

    const report = await importLeicestershire();

    expect(report.activity).toEqual({
      priorities: { created: 0, updated: 1, unchanged: 1, closed: 1 },
      events: { created: 0, updated: 1, unchanged: 1, cancelled: 1 },
      failed: [],
    });
    const priorities = await prioritiesOf('NC04');
    expect(priorities.map(({ status, weDid }) => ({ status, weDid }))).toEqual([
      {
        status: 'ACTIVE',
        weDid: [{ actionOn: '2025-06-20', weDid: 'We closed the off-licence’s late hours.' }],
      },
      { status: 'COMPLETED', weDid: [] },
    ]);
    expect((await eventsOf('NC04'))[0]!.place).toBe('Leicester Market, east entrance');
    expect(await eventsOf('NC05')).toEqual([
      expect.objectContaining({ title: streetSurgery!.title, status: 'CANCELLED' }),
    ]);
    expect(await rowCounts()).toMatchObject({ priorities: 3, priorityUpdates: 1, events: 3 });
  });

  it('keeps a team’s own edits to an imported priority until the force changes it upstream', async () => {
    await importLeicestershire();
    const db = em();
    const shopTheftPriority = await db.findOneOrFail(Priority, {
      neighbourhood: withPoliceRefs('NC04'),
      title: shopTheft!.issue,
    });
    shopTheftPriority.title = 'Shop theft in the city centre';
    await db.flush();

    await importLeicestershire();

    expect((await prioritiesOf('NC04')).map((priority) => priority.title)).toContain(
      'Shop theft in the city centre',
    );
  });

  it('turns the force’s HTML into plain text within our forms’ limits, without the characters they refuse', async () => {
    const longIssue =
      '<p>Drug dealing &amp; cars parked on the pavement at the <b>park</b>\u202E gates, ' +
      `${'every evening after school and at weekends, '.repeat(8)}</p>` +
      '<script>alert("x")</script><ul><li>Outside the shop</li><li>By the\u0007 bus stop</li></ul>';
    apis.server.use(
      listedNow('NC05', 'priorities', [
        { issue: longIssue, action: null, 'issue-date': '2025-10-06T00:00:00' },
        { issue: `<p>${'Noise from the takeaway. '.repeat(120)}</p>`, action: null },
      ]),
      listedNow('NC05', 'events', [
        {
          ...importFixtures.NC05.events[0],
          title: 'Tea &amp; <strong>chat</strong>',
          description: '<div onclick="steal()">Bring a friend</div>',
        },
      ]),
    );

    await importLeicestershire();

    const priorities = await em().find(Priority, { neighbourhood: withPoliceRefs('NC05') });
    expect(priorities).toHaveLength(2);
    const drugs = priorities.find((priority) => priority.title.startsWith('Drug dealing'))!;
    expect(drugs.residentsSaid).toBe(
      'Drug dealing & cars parked on the pavement at the park gates, ' +
        `${'every evening after school and at weekends, '.repeat(8).trim()}\n\n` +
        '• Outside the shop\n• By the bus stop',
    );
    // The first paragraph is longer than a title may be: cut at a word, with an ellipsis.
    expect(characterCount(drugs.title)).toBeLessThanOrEqual(200);
    expect(drugs.title).toMatch(/^Drug dealing & cars parked .* weekends,? ?\S*…$/);
    const noise = priorities.find((priority) => priority.title.startsWith('Noise'))!;
    // Cut at the last word that fits in 2,000 characters.
    expect(characterCount(noise.residentsSaid)).toBeLessThanOrEqual(2000);
    expect(characterCount(noise.residentsSaid)).toBeGreaterThan(1975);
    expect(noise.residentsSaid).toMatch(/ the…$/);
    const [event] = await em().find(CommunityEvent, { neighbourhood: withPoliceRefs('NC05') });
    expect(event).toMatchObject({
      title: 'Tea & chat',
      description: 'Bring a friend\n\nTelephone: 101',
    });
    for (const [text, max] of [
      ...priorities.flatMap((p) => [
        [p.title, 200],
        [p.residentsSaid, 2000],
      ]),
      [event!.title, 200],
      [event!.description!, 2000],
      [event!.place, 200],
    ] as [string, number][]) {
      expect(textProblem(text, { max }), text).toBeNull();
      expect(text).not.toMatch(/[<>]/);
    }
  });

  it('reports a team whose priorities cannot be read, imports the team without them, and carries on with the others', async () => {
    apis.server.use(serverError('NC05', 'priorities'));

    const report = await importLeicestershire();

    expect(report.neighbourhoods).toMatchObject({ created: 2, failed: [] });
    expect(report.activity.failed).toEqual([
      {
        policeId: 'NC05',
        name: 'Westcotes',
        reason: 'the priorities call failed: it answered 500',
      },
    ]);
    expect(report.activity.priorities.created).toBe(2);
    expect(await prioritiesOf('NC04')).toHaveLength(2);
    expect(await prioritiesOf('NC05')).toEqual([]);
    expect(await eventsOf('NC05')).toEqual([]);

    apis.server.resetHandlers();
    apis.server.use(...twoNeighbourhoodForce);
    const retried = await importLeicestershire();

    expect(retried.activity.failed).toEqual([]);
    expect(await prioritiesOf('NC05')).toHaveLength(1);
    expect(await eventsOf('NC05')).toHaveLength(1);
  });

  it('waits and tries again when data.police.uk says it is busy (429)', async () => {
    let calls = 0;
    apis.server.use(
      http.get(`${POLICE_API_URL}/leicestershire/NC04/events`, () => {
        calls += 1;
        return calls === 1
          ? new HttpResponse(null, { status: 429, headers: { 'retry-after': '0' } })
          : HttpResponse.json(fixtures.police.events);
      }),
    );

    const report = await importLeicestershire();

    expect(calls).toBe(2);
    expect(report.activity.failed).toEqual([]);
    expect(await eventsOf('NC04')).toHaveLength(2);
  });
});
