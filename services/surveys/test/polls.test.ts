import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import {
  admin,
  analyst,
  area,
  commander,
  errorCode,
  officer,
  otherArea,
  team,
} from './support/actors.ts';
import type { Actor } from '@engage/shared';
import { receiveDemoTeams } from './support/survey-test-stack.ts';
import { DEMO_NEIGHBOURHOODS, OutboxMessage, stableId } from '@engage/shared';
import { Poll, PollVote } from '../src/modules/polls/poll.entity.ts';
import { surveysService } from '../src/service.ts';

let surveys: SubgraphHarness;
beforeAll(async () => {
  surveys = await startSubgraphHarness(surveysService);
  await receiveDemoTeams(surveys);
});
afterAll(() => surveys?.close());

const CREATE = `mutation($input: CreatePollInput!) { createPoll(input: $input) { id options { id label } } }`;
const VOTE = `mutation($p: ID!, $o: ID!) {
  votePoll(pollId: $p, optionId: $o) { totalVotes options { label votes share } }
}`;
type Created = { createPoll: { id: string; options: { id: string; label: string }[] } };
const OPEN = `mutation($id: ID!) { openPoll(id: $id) { id status open } }`;
const CLOSE = `mutation($id: ID!) { closePoll(id: $id) { id status open } }`;
const RESULTS = `query($id: ID!) { poll(id: $id) { status totalVotes options { label votes share } } }`;
type Results = {
  poll: {
    status: string;
    totalVotes: number | null;
    options: { label: string; votes: number | null; share: number | null }[];
  } | null;
};

const input = (extra: Record<string, unknown> = {}) => ({
  question: 'Should we hold a beat surgery at the library?',
  options: ['Yes', 'No'],
  policingAreaIds: [],
  neighbourhoodIds: [],
  ...extra,
});

/** A poll created and opened by the admin (force-wide unless told). */
async function createOpen(extra: Record<string, unknown> = {}) {
  const created = await surveys.execute<Created>(CREATE, {
    actor: admin,
    variables: { input: input(extra) },
  });
  expect(created.errors).toBeUndefined();
  const opened = await surveys.execute(OPEN, {
    actor: admin,
    variables: { id: created.data!.createPoll.id },
  });
  expect(opened.errors).toBeUndefined();
  return created;
}

describe('a quick poll', () => {
  it('is created by an admin anywhere, a commander for their own area, an officer for their own team', async () => {
    const forceWide = await surveys.execute<Created>(CREATE, {
      actor: admin,
      variables: { input: input() },
    });
    expect(forceWide.data?.createPoll.options.map((o) => o.label)).toEqual(['Yes', 'No']);
    const own = await surveys.execute(CREATE, {
      actor: commander,
      variables: { input: input({ policingAreaIds: [area.id] }) },
    });
    expect(own.errors).toBeUndefined();
    const ownTeam = await surveys.execute(CREATE, {
      actor: officer,
      variables: { input: input({ neighbourhoodIds: [team.id] }) },
    });
    expect(ownTeam.errors).toBeUndefined();
    const anonymous = await surveys.execute(CREATE, {
      variables: { input: input({ neighbourhoodIds: [team.id] }) },
    });
    expect(errorCode(anonymous.errors)).toBe('FORBIDDEN');
    for (const [actor, extra] of [
      [commander, { policingAreaIds: [otherArea.id] }],
      [commander, {}],
      [officer, { neighbourhoodIds: [area.neighbourhoods[0]!.id] }],
      [officer, { policingAreaIds: [area.id] }],
      [officer, {}],
      [analyst, { neighbourhoodIds: [team.id] }],
    ] as const) {
      const { errors } = await surveys.execute(CREATE, {
        actor,
        variables: { input: input(extra) },
      });
      expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    const oneOption = await surveys.execute(CREATE, {
      actor: admin,
      variables: { input: input({ options: ['Yes'] }) },
    });
    expect(oneOption.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('is listed for a team when force-wide, for its NPA or for the team itself', async () => {
    const LIST = `query($n: ID) { polls(neighbourhoodId: $n) { id } }`;
    const elsewhere = await createOpen({ neighbourhoodIds: [otherArea.neighbourhoods[0]!.id] });
    const mine = await createOpen({ neighbourhoodIds: [team.id] });
    const { data } = await surveys.execute<{ polls: { id: string }[] }>(LIST, {
      variables: { n: team.id },
    });
    const ids = data!.polls.map((p) => p.id);
    expect(ids).toContain(mine.data!.createPoll.id);
    expect(ids).not.toContain(elsewhere.data!.createPoll.id);
  });

  it('takes one vote per client and shows no count under ten, nor one that subtraction gives back', async () => {
    const { data } = await createOpen();
    const { id, options } = data!.createPoll;
    const [yes, no] = options;
    type Voted = {
      votePoll: {
        totalVotes: number | null;
        options: { label: string; votes: number | null; share: number | null }[];
      };
    };
    const vote = async (client: string, option: { id: string }) => {
      const voted = await surveys.execute<Voted>(VOTE, {
        variables: { p: id, o: option.id },
        client,
      });
      expect(voted.errors).toBeUndefined();
      return voted.data!.votePoll;
    };
    let last: Voted['votePoll'] | undefined;
    for (let i = 0; i < 9; i += 1) last = await vote(`resident-${i}`, i < 6 ? yes! : no!);
    const hidden = [
      { label: 'Yes', votes: null, share: null },
      { label: 'No', votes: null, share: null },
    ];
    // Nine votes: not even the total is shown.
    expect(last).toEqual({ totalVotes: null, options: hidden });
    const again = await surveys.execute(VOTE, {
      variables: { p: id, o: no!.id },
      client: 'resident-0',
    });
    expect(errorCode(again.errors)).toBe('ALREADY_ANSWERED');
    // Ten: the total, but 6 and 4 are each under ten.
    expect(await vote('resident-9', no!)).toEqual({ totalVotes: 10, options: hidden });
    // Twenty: 11 and 9. The 11 would give the 9 back (20 − 11), so it is held back too.
    for (let i = 10; i < 20; i += 1) last = await vote(`resident-${i}`, i < 15 ? yes! : no!);
    expect(last).toEqual({ totalVotes: 20, options: hidden });
    // Twenty-one: 11 and 10, every figure shown.
    expect(await vote('resident-20', no!)).toEqual({
      totalVotes: 21,
      options: [
        { label: 'Yes', votes: 11, share: (11 / 21) * 100 },
        { label: 'No', votes: 10, share: (10 / 21) * 100 },
      ],
    });
  });

  it('hides two small answers together and shows the rest', async () => {
    const { data } = await createOpen({ options: ['Weekday', 'Saturday', 'Never'] });
    const { id, options } = data!.createPoll;
    const votes = [14, 6, 3];
    let n = 0;
    for (const [i, count] of votes.entries()) {
      for (let k = 0; k < count; k += 1) {
        const voted = await surveys.execute(VOTE, {
          variables: { p: id, o: options[i]!.id },
          client: `three-${(n += 1)}`,
        });
        expect(voted.errors).toBeUndefined();
      }
    }
    const { data: results } = await surveys.execute<Results>(RESULTS, { variables: { id } });
    expect(results!.poll).toEqual({
      status: 'OPEN',
      totalVotes: 23,
      options: [
        { label: 'Weekday', votes: 14, share: (14 / 23) * 100 },
        { label: 'Saturday', votes: null, share: null },
        { label: 'Never', votes: null, share: null },
      ],
    });
  });

  it('counts one vote per browser as the edge knows it, whatever `client` the caller names', async () => {
    const { data } = await createOpen();
    const { id, options } = data!.createPoll;
    const named = [];
    for (let i = 0; i < 12; i += 1) {
      named.push(
        await surveys.execute(
          `mutation($p: ID!, $o: ID!, $c: String!) { votePoll(pollId: $p, optionId: $o, client: $c) { id } }`,
          { client: 'one-browser', variables: { p: id, o: options[0]!.id, c: `made-up-${i}` } },
        ),
      );
    }
    expect(named.every((r) => errorCode(r.errors) === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    const first = await surveys.execute(VOTE, {
      client: 'one-browser',
      variables: { p: id, o: options[0]!.id },
    });
    const second = await surveys.execute(VOTE, {
      client: 'one-browser',
      variables: { p: id, o: options[1]!.id },
    });
    expect(first.errors).toBeUndefined();
    expect(errorCode(second.errors)).toBe('ALREADY_ANSWERED');
    expect(await surveys.orm.em.fork().count(PollVote, { pollId: id })).toBe(1);
  });

  it('starts as a draft nobody else sees, opens once with an announcement, and closes keeping its results', async () => {
    const created = await surveys.execute<Created>(CREATE, {
      actor: officer,
      variables: { input: input({ neighbourhoodIds: [team.id] }) },
    });
    const { id, options } = created.data!.createPoll;
    const LIST = `query($n: ID) { polls(neighbourhoodId: $n) { id } }`;
    const listed = async () =>
      (
        await surveys.execute<{ polls: { id: string }[] }>(LIST, { variables: { n: team.id } })
      ).data!.polls.map((p) => p.id);

    // A draft: not on the team's page, not found by id for the public, takes no votes.
    expect(await listed()).not.toContain(id);
    expect((await surveys.execute<Results>(RESULTS, { variables: { id } })).data).toEqual({
      poll: null,
    });
    const early = await surveys.execute(VOTE, {
      variables: { p: id, o: options[0]!.id },
      client: 'x',
    });
    expect(errorCode(early.errors)).toBe('NOT_FOUND');
    const own = await surveys.execute<Results>(RESULTS, { actor: officer, variables: { id } });
    expect(own.data!.poll!.status).toBe('DRAFT');

    const opened = await surveys.execute(OPEN, { actor: officer, variables: { id } });
    expect(opened.data).toEqual({ openPoll: { id, status: 'OPEN', open: true } });
    expect(await listed()).toContain(id);
    const twice = await surveys.execute(OPEN, { actor: officer, variables: { id } });
    expect(errorCode(twice.errors)).toBe('CONFLICT');
    const em = surveys.orm.em.fork();
    const announced = await em.find(OutboxMessage, { name: 'poll.opened' });
    const mine = announced.filter((m) => (m.payload as { pollId: string }).pollId === id);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.payload).toMatchObject({
      pollId: id,
      question: input().question,
      neighbourhoodIds: [team.id],
      closesAt: null,
    });

    const voted = await surveys.execute(VOTE, {
      variables: { p: id, o: options[0]!.id },
      client: 'y',
    });
    expect(voted.errors).toBeUndefined();
    const closed = await surveys.execute(CLOSE, { actor: officer, variables: { id } });
    expect(closed.data).toEqual({ closePoll: { id, status: 'CLOSED', open: false } });
    expect(await listed()).not.toContain(id);
    const late = await surveys.execute(VOTE, {
      variables: { p: id, o: options[1]!.id },
      client: 'z',
    });
    expect(errorCode(late.errors)).toBe('ROUND_CLOSED');
    const again = await surveys.execute(CLOSE, { actor: officer, variables: { id } });
    expect(errorCode(again.errors)).toBe('CONFLICT');
    const gone = await em.find(OutboxMessage, { name: 'poll.closed' });
    expect(gone.filter((m) => (m.payload as { pollId: string }).pollId === id)).toHaveLength(1);
    // Still there by id for anyone, with its (suppressed) results.
    const after = await surveys.execute<Results>(RESULTS, { variables: { id } });
    expect(after.data!.poll).toMatchObject({ status: 'CLOSED', totalVotes: null });
  });

  it('is opened and closed only by those who manage every team and NPA it is for', async () => {
    const created = await surveys.execute<Created>(CREATE, {
      actor: officer,
      variables: { input: input({ neighbourhoodIds: [team.id] }) },
    });
    const { id } = created.data!.createPoll;
    const otherOfficer: Actor = {
      kind: 'staff',
      id: 'o-2',
      name: 'PC C',
      role: 'OFFICER',
      neighbourhoodId: area.neighbourhoods[0]!.id,
    };
    const otherCommander: Actor = {
      kind: 'staff',
      id: 'c-2',
      name: 'Insp D',
      role: 'COMMANDER',
      policingAreaId: otherArea.id,
    };
    for (const actor of [undefined, otherOfficer, otherCommander, analyst]) {
      const opened = await surveys.execute(OPEN, { actor, variables: { id } });
      expect(errorCode(opened.errors)).toBe('FORBIDDEN');
      // Nor can they see the draft.
      const seen = await surveys.execute<Results>(RESULTS, { actor, variables: { id } });
      expect(seen.data).toEqual({ poll: null });
    }
    const byCommander = await surveys.execute(OPEN, { actor: commander, variables: { id } });
    expect(byCommander.errors).toBeUndefined();
    for (const actor of [undefined, otherOfficer, otherCommander]) {
      const closed = await surveys.execute(CLOSE, { actor, variables: { id } });
      expect(errorCode(closed.errors)).toBe('FORBIDDEN');
    }
    const byAdmin = await surveys.execute(CLOSE, { actor: admin, variables: { id } });
    expect(byAdmin.errors).toBeUndefined();
    // A force-wide poll is the admin's alone, even to open.
    const forceWide = await surveys.execute<Created>(CREATE, {
      actor: admin,
      variables: { input: input() },
    });
    const refused = await surveys.execute(OPEN, {
      actor: commander,
      variables: { id: forceWide.data!.createPoll.id },
    });
    expect(errorCode(refused.errors)).toBe('FORBIDDEN');
  });

  it('lists every poll of a team for its staff, drafts included, and for nobody else', async () => {
    const created = await surveys.execute<Created>(CREATE, {
      actor: officer,
      variables: {
        input: input({ neighbourhoodIds: [team.id], question: 'A draft for the team list?' }),
      },
    });
    const TEAM = `query($n: ID!) { teamPolls(neighbourhoodId: $n) { id status manageable } }`;
    type Listed = { teamPolls: { id: string; status: string; manageable: boolean }[] };
    for (const actor of [officer, commander, admin]) {
      const { data } = await surveys.execute<Listed>(TEAM, { actor, variables: { n: team.id } });
      expect(data!.teamPolls).toContainEqual({
        id: created.data!.createPoll.id,
        status: 'DRAFT',
        manageable: true,
      });
    }
    const { data } = await surveys.execute<Listed>(TEAM, {
      actor: analyst,
      variables: { n: team.id },
    });
    expect(data!.teamPolls.find((p) => p.id === created.data!.createPoll.id)?.manageable).toBe(
      false,
    );
    const otherTeam: Actor = {
      kind: 'staff',
      id: 'o-3',
      name: 'PC E',
      role: 'OFFICER',
      neighbourhoodId: otherArea.neighbourhoods[0]!.id,
    };
    for (const actor of [undefined, otherTeam]) {
      const refused = await surveys.execute(TEAM, { actor, variables: { n: team.id } });
      expect(errorCode(refused.errors)).toBe('FORBIDDEN');
    }
  });

  it('takes no votes once it has closed', async () => {
    const { data } = await createOpen();
    const { id, options } = data!.createPoll;
    await surveys.orm.em
      .fork()
      .nativeUpdate(Poll, { id }, { closesAt: new Date(Date.now() - 1000) });
    const voted = await surveys.execute(VOTE, {
      variables: { p: id, o: options[0]!.id },
      client: 'late',
    });
    expect(errorCode(voted.errors)).toBe('ROUND_CLOSED');
    const open = await surveys.execute<{ poll: { open: boolean } }>(
      `query($id: ID!) { poll(id: $id) { open } }`,
      {
        variables: { id },
      },
    );
    expect(open.data).toEqual({ poll: { open: false } });
  });

  it('is resolved by id for the gateway, in one query for many', async () => {
    const { data } = await surveys.execute<Created>(CREATE, {
      actor: admin,
      variables: { input: input() },
    });
    surveys.resetQueries();
    const entities = await surveys.execute<{ _entities: { id: string; question: string }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Poll { id question } } }`,
      {
        variables: {
          r: [
            { __typename: 'Poll', id: data!.createPoll.id },
            { __typename: 'Poll', id: data!.createPoll.id },
          ],
        },
      },
    );
    expect(entities.data?._entities[0]).toEqual({
      id: data!.createPoll.id,
      question: input().question,
    });
    expect(surveys.queries.filter((sql) => sql.startsWith('select'))).toHaveLength(1);
  });
});

describe('the demo polls', () => {
  const TEAM = `query($n: ID!) { teamPolls(neighbourhoodId: $n) {
    question status totalVotes options { label votes }
  } }`;
  type Listed = {
    teamPolls: {
      question: string;
      status: string;
      totalVotes: number | null;
      options: { label: string; votes: number | null }[];
    }[];
  };
  const castle = DEMO_NEIGHBOURHOODS.find((n) => n.slug === 'castle')!;
  const belgrave = DEMO_NEIGHBOURHOODS.find((n) => n.slug === 'belgrave')!;

  it('give Castle an open poll, a draft and a closed one, and Belgrave a closed one, suppressed as any', async () => {
    const { data } = await surveys.execute<Listed>(TEAM, {
      actor: admin,
      variables: { n: castle.id },
    });
    const seeded = data!.teamPolls.filter(
      (p) => p.question.includes('Castle') || p.question.includes('market'),
    );
    expect(seeded).toEqual([
      {
        question: 'Which evening suits a street meeting on Castle Street?',
        status: 'DRAFT',
        totalVotes: null,
        options: [
          { label: 'Tuesday', votes: null },
          { label: 'Wednesday', votes: null },
          { label: 'Thursday', votes: null },
        ],
      },
      {
        question: 'Should we hold a monthly beat surgery at Castle library?',
        status: 'OPEN',
        totalVotes: 23,
        options: [
          { label: 'Yes, on a weekday evening', votes: 14 },
          { label: 'Yes, on a Saturday morning', votes: null },
          { label: 'No, I would not come', votes: null },
        ],
      },
      {
        question: 'Did you visit our stall at the Saturday market?',
        status: 'CLOSED',
        totalVotes: 29,
        // 7 is under 10, and 22 would give it back (29 − 22).
        options: [
          { label: 'Yes', votes: null },
          { label: 'No', votes: null },
        ],
      },
    ]);
    const other = await surveys.execute<Listed>(TEAM, {
      actor: admin,
      variables: { n: belgrave.id },
    });
    expect(other.data!.teamPolls.find((p) => p.question.includes('after dark'))).toMatchObject({
      status: 'CLOSED',
      totalVotes: 61,
      options: [
        { label: 'Belgrave Road', votes: 31 },
        { label: 'Cossington Park', votes: 18 },
        { label: 'Loughborough Road', votes: 12 },
      ],
    });
    const announced = await surveys.orm.em.fork().find(OutboxMessage, { name: 'poll.opened' });
    const surgery = stableId('poll', 'castle-surgery');
    expect(announced.filter((m) => (m.payload as { pollId: string }).pollId === surgery)).toEqual([
      expect.objectContaining({
        payload: expect.objectContaining({ neighbourhoodIds: [castle.id] }),
      }),
    ]);
  });
});
