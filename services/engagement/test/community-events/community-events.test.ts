import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage, type Actor } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../../src/service.ts';
import {
  codeOf,
  commander,
  officer,
  otherTeamOfficer,
  outsideTeam,
  team,
} from '../support/actors.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

const DAY = 24 * 60 * 60 * 1000;
const CREATE = `mutation($input: CommunityEventInput!) { createCommunityEvent(input: $input) { id status } }`;
const UPDATE = `mutation($id: ID!, $input: CommunityEventInput!) { updateCommunityEvent(id: $id, input: $input) { id title place } }`;
const PUBLISH = `mutation($id: ID!) { publishCommunityEvent(id: $id) { id status publishedAt } }`;
const CANCEL = `mutation($id: ID!) { cancelCommunityEvent(id: $id) { id status } }`;
const UPCOMING = `query($slug: String!) { neighbourhood(slug: $slug) { upcomingEvents { id title startsAt } } }`;
const ALL = `query($slug: String!) { neighbourhood(slug: $slug) { events { id status } } }`;

const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const input = (title: string, startsAt = inDays(7), neighbourhoodId = team.id) => ({
  neighbourhoodId,
  title,
  startsAt,
  endsAt: null,
  place: 'Castle Library, community room',
  accessibilityNotes: 'Step-free access; hearing loop.',
});

async function create(title: string, startsAt?: string, actor: Actor = officer) {
  const result = await engagement.execute<{ createCommunityEvent: { id: string; status: string } }>(
    CREATE,
    { variables: { input: input(title, startsAt) }, actor },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.createCommunityEvent.status).toBe('DRAFT');
  return result.data!.createCommunityEvent.id;
}

async function outboxFor(eventId: string) {
  const rows = await engagement.orm.em.fork().find(OutboxMessage, { name: 'event.published' });
  return rows.filter((row) => (row.payload as { eventId: string }).eventId === eventId);
}

async function upcomingIds() {
  const { data } = await engagement.execute<{
    neighbourhood: { upcomingEvents: { id: string }[] };
  }>(UPCOMING, { variables: { slug: team.slug } });
  return data!.neighbourhood.upcomingEvents.map((event) => event.id);
}

describe('publishing an event', () => {
  it('invites the area’s subscribers once: one event.published row, none on re-publishing', async () => {
    const startsAt = inDays(10);
    const id = await create('Beat surgery at the library', startsAt);
    expect(await outboxFor(id)).toEqual([]);

    const first = await engagement.execute(PUBLISH, { variables: { id }, actor: officer });
    expect(first.errors).toBeUndefined();
    expect(first.data?.['publishCommunityEvent']).toMatchObject({ id, status: 'PUBLISHED' });
    const rows = await outboxFor(id);
    expect(rows.map((row) => row.payload)).toEqual([
      {
        eventId: id,
        neighbourhoodId: team.id,
        title: 'Beat surgery at the library',
        startsAt,
        place: 'Castle Library, community room',
      },
    ]);

    const again = await engagement.execute(PUBLISH, { variables: { id }, actor: officer });
    expect(again.errors).toBeUndefined();
    expect(await outboxFor(id)).toHaveLength(1);
  });

  it('refuses a past event with BAD_USER_INPUT, writing nothing', async () => {
    const id = await create('Yesterday’s coffee morning', inDays(-1));
    const result = await engagement.execute(PUBLISH, { variables: { id }, actor: officer });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(await outboxFor(id)).toEqual([]);
    const { data } = await engagement.execute<{
      neighbourhood: { events: { id: string; status: string }[] };
    }>(ALL, {
      variables: { slug: team.slug },
      actor: officer,
    });
    expect(data?.neighbourhood.events.find((event) => event.id === id)?.status).toBe('DRAFT');
  });

  it('refuses anyone but the team’s managers, writing nothing', async () => {
    const id = await create('Coffee with a cop');
    expect(codeOf(await engagement.execute(PUBLISH, { variables: { id } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      codeOf(await engagement.execute(PUBLISH, { variables: { id }, actor: otherTeamOfficer })),
    ).toBe('FORBIDDEN');
    expect(await outboxFor(id)).toEqual([]);
    expect(
      codeOf(await engagement.execute(PUBLISH, { variables: { id }, actor: commander })),
    ).toBeUndefined();
  });
});

describe('upcoming events on a team page', () => {
  it('show published events soonest first, never drafts, cancelled or past ones', async () => {
    const later = await create('Later', inDays(20));
    const sooner = await create('Sooner', inDays(3));
    const draft = await create('Still a draft', inDays(5));
    const cancelled = await create('Called off', inDays(6));
    const past = await create('Already happened', inDays(2));
    for (const id of [later, sooner, cancelled, past]) {
      expect(
        (await engagement.execute(PUBLISH, { variables: { id }, actor: officer })).errors,
      ).toBeUndefined();
    }
    await engagement.execute(CANCEL, { variables: { id: cancelled }, actor: officer });
    // It has started since it was published.
    await engagement.execute(UPDATE, {
      variables: { id: past, input: input('Already happened', inDays(-1)) },
      actor: officer,
    });

    const ids = await upcomingIds();
    expect(ids.filter((id) => [later, sooner, draft, cancelled, past].includes(id))).toEqual([
      sooner,
      later,
    ]);
  });

  it('lists every event, drafts too, only for the team’s managers', async () => {
    const id = await create('Draft for managers');
    const mine = await engagement.execute<{ neighbourhood: { events: { id: string }[] } }>(ALL, {
      variables: { slug: team.slug },
      actor: commander,
    });
    expect(mine.data?.neighbourhood.events.map((event) => event.id)).toContain(id);
    for (const actor of [otherTeamOfficer, undefined]) {
      expect(codeOf(await engagement.execute(ALL, { variables: { slug: team.slug }, actor }))).toBe(
        'FORBIDDEN',
      );
    }
  });
});

describe('what an officer types for an event', () => {
  it('is refused with BAD_USER_INPUT: an end before the start, an empty title or place', async () => {
    const bad = [
      { ...input('Ends first'), endsAt: inDays(6) },
      input(''),
      { ...input('No place'), place: '  ' },
    ];
    for (const variables of bad) {
      expect(
        codeOf(
          await engagement.execute(CREATE, { variables: { input: variables }, actor: officer }),
        ),
      ).toBe('BAD_USER_INPUT');
    }
  });

  it('cannot move an event to a team the officer does not manage', async () => {
    const id = await create('Stays here');
    const moved = await engagement.execute(UPDATE, {
      variables: { id, input: input('Moved', inDays(7), outsideTeam.id) },
      actor: officer,
    });
    expect(codeOf(moved)).toBe('FORBIDDEN');
  });
});

describe('other subgraphs referring to events', () => {
  it('resolve published events, and drafts only for the team', async () => {
    const published = await create('Published event');
    await engagement.execute(PUBLISH, { variables: { id: published }, actor: officer });
    const draft = await create('Draft event');
    const query = `query($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on CommunityEvent { title neighbourhood { name } } }
    }`;
    const representations = [published, draft].map((id) => ({ __typename: 'CommunityEvent', id }));
    engagement.resetQueries();
    const { data } = await engagement.execute<{ _entities: unknown[] }>(query, {
      variables: { representations },
    });
    expect(data?._entities).toEqual([
      { title: 'Published event', neighbourhood: { name: team.name } },
      null,
    ]);
    expect(engagement.queries.filter((sql) => sql.startsWith('select'))).toHaveLength(2);
  });
});
