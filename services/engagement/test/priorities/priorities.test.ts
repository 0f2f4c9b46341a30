import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import type { Actor } from '@engage/shared';
import { engagementService } from '../../src/service.ts';
import {
  admin,
  analyst,
  codeOf,
  commander,
  neighbourTeam,
  officer,
  otherCommander,
  otherTeamOfficer,
  outsideTeam,
  team,
} from '../support/actors.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

const CREATE = `mutation($input: CreatePriorityInput!) {
  createPriority(input: $input) { id status title publishedAt neighbourhood { id } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdatePriorityInput!) {
  updatePriority(id: $id, input: $input) { id title quarter residentsSaid }
}`;
const SET_STATUS = `mutation($id: ID!, $status: PriorityStatus!) {
  setPriorityStatus(id: $id, status: $status) { id status publishedAt }
}`;
const ADD_UPDATE = `mutation($id: ID!, $input: PriorityUpdateInput!) {
  addPriorityUpdate(priorityId: $id, input: $input) { id actionOn weDid }
}`;
const DELETE = `mutation($id: ID!) { deletePriority(id: $id) }`;
const PRIORITIES = `query($slug: String!, $drafts: Boolean) { neighbourhood(slug: $slug) {
  priorities(includeDrafts: $drafts) { id title status year quarter updates { actionOn weDid } }
} }`;

type Priority = { id: string; title: string; status: string; updates: { weDid: string }[] };

const draft = (neighbourhoodId: string, title = 'Speeding on London Road') => ({
  neighbourhoodId,
  year: 2026,
  quarter: 4,
  title,
  residentsSaid: 'Cars race along London Road at school time.',
  source: 'SURVEY',
});

async function create(actor: Actor, input = draft(team.id)) {
  const result = await engagement.execute<{ createPriority: { id: string } }>(CREATE, {
    variables: { input },
    actor,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.createPriority.id;
}

async function publicPriorities(slug: string, actor?: Actor, drafts = false) {
  return engagement.execute<{ neighbourhood: { priorities: Priority[] } }>(PRIORITIES, {
    variables: { slug, drafts },
    actor,
  });
}

describe('an officer sets a quarterly priority', () => {
  it('creates it as a draft, adds a “We did” update, publishes it, and residents then see it', async () => {
    const id = await create(officer, draft(team.id, 'Drug dealing near the shops'));
    const before = await publicPriorities(team.slug);
    expect(before.data?.neighbourhood.priorities.map((p) => p.id)).not.toContain(id);

    const added = await engagement.execute(ADD_UPDATE, {
      variables: { id, input: { actionOn: '2026-10-02', weDid: 'Searched two cars; one arrest.' } },
      actor: officer,
    });
    expect(added.errors).toBeUndefined();
    const published = await engagement.execute<{
      setPriorityStatus: { status: string; publishedAt: string | null };
    }>(SET_STATUS, { variables: { id, status: 'ACTIVE' }, actor: officer });
    expect(published.data?.setPriorityStatus.status).toBe('ACTIVE');
    expect(published.data?.setPriorityStatus.publishedAt).not.toBeNull();

    const after = await publicPriorities(team.slug);
    const shown = after.data!.neighbourhood.priorities.find((p) => p.id === id);
    expect(shown).toMatchObject({
      title: 'Drug dealing near the shops',
      status: 'ACTIVE',
      updates: [{ actionOn: '2026-10-02', weDid: 'Searched two cars; one arrest.' }],
    });
  });

  it('keeps the first publishedAt when a priority completes, and hides it again as a draft', async () => {
    const id = await create(officer);
    const first = await engagement.execute<{ setPriorityStatus: { publishedAt: string } }>(
      SET_STATUS,
      { variables: { id, status: 'ACTIVE' }, actor: officer },
    );
    const completed = await engagement.execute<{
      setPriorityStatus: { status: string; publishedAt: string };
    }>(SET_STATUS, { variables: { id, status: 'COMPLETED' }, actor: officer });
    expect(completed.data?.setPriorityStatus).toEqual({
      id,
      status: 'COMPLETED',
      publishedAt: first.data!.setPriorityStatus.publishedAt,
    });
    await engagement.execute(SET_STATUS, { variables: { id, status: 'DRAFT' }, actor: officer });
    const shown = await publicPriorities(team.slug);
    expect(shown.data?.neighbourhood.priorities.map((p) => p.id)).not.toContain(id);
  });

  it('lists updates newest action first, and priorities newest quarter first', async () => {
    const older = await create(officer, { ...draft(team.id, 'Older'), year: 2025, quarter: 2 });
    const newer = await create(officer, { ...draft(team.id, 'Newer'), year: 2026, quarter: 1 });
    for (const actionOn of ['2026-01-05', '2026-02-20', '2026-01-30']) {
      await engagement.execute(ADD_UPDATE, {
        variables: { id: newer, input: { actionOn, weDid: `Action on ${actionOn}` } },
        actor: officer,
      });
    }
    const { data } = await publicPriorities(team.slug, officer, true);
    const ids = data!.neighbourhood.priorities.map((p) => p.id);
    expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
    const updates = data!.neighbourhood.priorities.find((p) => p.id === newer)!.updates;
    expect(updates.map((u) => u.weDid)).toEqual([
      'Action on 2026-02-20',
      'Action on 2026-01-30',
      'Action on 2026-01-05',
    ]);
  });

  it('edits only the fields given, and deletes a priority with its updates', async () => {
    const id = await create(officer);
    const edited = await engagement.execute(UPDATE, {
      variables: { id, input: { title: 'Speeding on Melton Road', quarter: null } },
      actor: officer,
    });
    expect(edited.data?.['updatePriority']).toMatchObject({
      title: 'Speeding on Melton Road',
      quarter: 4,
    });
    await engagement.execute(ADD_UPDATE, {
      variables: { id, input: { actionOn: '2026-10-01', weDid: 'Speed check.' } },
      actor: officer,
    });
    const deleted = await engagement.execute(DELETE, { variables: { id }, actor: officer });
    expect(deleted.data).toEqual({ deletePriority: true });
    const { data } = await publicPriorities(team.slug, officer, true);
    expect(data?.neighbourhood.priorities.map((p) => p.id)).not.toContain(id);
  });
});

describe('who may change a team’s priorities', () => {
  it('refuses another team’s officer, an analyst and an anonymous visitor', async () => {
    const id = await create(officer);
    const attempts: [Actor | undefined, string][] = [
      [otherTeamOfficer, 'FORBIDDEN'],
      [analyst, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ];
    for (const [actor, code] of attempts) {
      expect(
        codeOf(await engagement.execute(CREATE, { variables: { input: draft(team.id) }, actor })),
      ).toBe(code);
      for (const [query, variables] of [
        [UPDATE, { id, input: { title: 'Taken over' } }],
        [SET_STATUS, { id, status: 'ACTIVE' }],
        [ADD_UPDATE, { id, input: { actionOn: '2026-10-01', weDid: 'x' } }],
        [DELETE, { id }],
      ] as const) {
        expect(codeOf(await engagement.execute(query, { variables, actor }))).toBe(code);
      }
    }
    const { data } = await publicPriorities(team.slug, officer, true);
    expect(data?.neighbourhood.priorities.find((p) => p.id === id)).toMatchObject({
      status: 'DRAFT',
      title: 'Speeding on London Road',
      updates: [],
    });
  });

  it('lets a commander manage every team of their NPA, but not a team outside it', async () => {
    const id = await create(commander, draft(neighbourTeam.id));
    const published = await engagement.execute(SET_STATUS, {
      variables: { id, status: 'ACTIVE' },
      actor: commander,
    });
    expect(published.errors).toBeUndefined();
    const outside = await engagement.execute(CREATE, {
      variables: { input: draft(outsideTeam.id) },
      actor: commander,
    });
    expect(codeOf(outside)).toBe('FORBIDDEN');
    const fromOtherArea = await engagement.execute(SET_STATUS, {
      variables: { id, status: 'DRAFT' },
      actor: otherCommander,
    });
    expect(codeOf(fromOtherArea)).toBe('FORBIDDEN');
    expect(
      codeOf(
        await engagement.execute(CREATE, {
          variables: { input: draft(outsideTeam.id) },
          actor: admin,
        }),
      ),
    ).toBeUndefined();
  });

  it('answers NOT_FOUND for a priority or team that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(
      codeOf(await engagement.execute(DELETE, { variables: { id: missing }, actor: officer })),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(await engagement.execute(DELETE, { variables: { id: 'not-a-uuid' }, actor: officer })),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await engagement.execute(CREATE, { variables: { input: draft(missing) }, actor: admin }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('shows drafts only to the team’s managers', async () => {
    const id = await create(officer);
    const own = await publicPriorities(team.slug, commander, true);
    expect(own.data?.neighbourhood.priorities.map((p) => p.id)).toContain(id);
    for (const actor of [otherTeamOfficer, analyst, undefined]) {
      expect(codeOf(await publicPriorities(team.slug, actor, true))).toBe('FORBIDDEN');
    }
  });
});

describe('what an officer types', () => {
  it('is refused with BAD_USER_INPUT when a field is out of bounds, and nothing is saved', async () => {
    const bad = [
      { ...draft(team.id), quarter: 5 },
      { ...draft(team.id), title: '' },
      { ...draft(team.id), title: '   ' },
      { ...draft(team.id), title: 'x'.repeat(201) },
      { ...draft(team.id), residentsSaid: 'x'.repeat(2001) },
      { ...draft(team.id), neighbourhoodId: 'castle' },
    ];
    const before = await publicPriorities(team.slug, officer, true);
    for (const input of bad) {
      const result = await engagement.execute(CREATE, { variables: { input }, actor: officer });
      expect(codeOf(result), JSON.stringify(input).slice(0, 80)).toBe('BAD_USER_INPUT');
    }
    const after = await publicPriorities(team.slug, officer, true);
    expect(after.data?.neighbourhood.priorities).toHaveLength(
      before.data!.neighbourhood.priorities.length,
    );
  });

  it('refuses a “We did” update dated in the future or left empty', async () => {
    const id = await create(officer);
    const tomorrow = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    for (const input of [
      { actionOn: tomorrow, weDid: 'Will patrol.' },
      { actionOn: '2026-10-01', weDid: '' },
      { actionOn: '2026-02-30', weDid: 'Not a day.' },
    ]) {
      const result = await engagement.execute(ADD_UPDATE, {
        variables: { id, input },
        actor: officer,
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    }
    const { data } = await publicPriorities(team.slug, officer, true);
    expect(data?.neighbourhood.priorities.find((p) => p.id === id)?.updates).toEqual([]);
  });
});

describe('other subgraphs referring to priorities', () => {
  it('resolves published priorities in one query, and a draft only for its team', async () => {
    const published = await create(officer, draft(team.id, 'Published one'));
    await engagement.execute(SET_STATUS, {
      variables: { id: published, status: 'ACTIVE' },
      actor: officer,
    });
    const hidden = await create(officer, draft(team.id, 'Draft one'));
    const query = `query($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Priority { title neighbourhood { name } } }
    }`;
    const representations = [published, hidden, 'not-a-uuid'].map((id) => ({
      __typename: 'Priority',
      id,
    }));
    engagement.resetQueries();
    const anonymous = await engagement.execute<{ _entities: unknown[] }>(query, {
      variables: { representations },
    });
    expect(anonymous.data?._entities).toEqual([
      { title: 'Published one', neighbourhood: { name: team.name } },
      null,
      null,
    ]);
    // the priorities, then (for the draft's team and the neighbourhood field) the teams.
    expect(engagement.queries.filter((sql) => sql.startsWith('select'))).toHaveLength(2);
    const asOfficer = await engagement.execute<{ _entities: unknown[] }>(query, {
      variables: { representations },
      actor: officer,
    });
    expect(asOfficer.data?._entities[1]).toEqual({
      title: 'Draft one',
      neighbourhood: { name: team.name },
    });
  });
});
