import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { admin, area, commander, errorCode, officer, otherArea, team } from './support/actors.ts';
import { receiveDemoTeams } from './support/survey-test-stack.ts';
import { Poll } from '../src/modules/polls/poll.entity.ts';
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

const input = (extra: Record<string, unknown> = {}) => ({
  question: 'Should we hold a beat surgery at the library?',
  options: ['Yes', 'No'],
  policingAreaIds: [],
  neighbourhoodIds: [],
  ...extra,
});

describe('a quick poll', () => {
  it('is created by an admin anywhere and by a commander for their own area only', async () => {
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
    for (const [actor, extra] of [
      [commander, { policingAreaIds: [otherArea.id] }],
      [commander, {}],
      [officer, { neighbourhoodIds: [team.id] }],
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
    const elsewhere = await surveys.execute<Created>(CREATE, {
      actor: admin,
      variables: { input: input({ neighbourhoodIds: [otherArea.neighbourhoods[0]!.id] }) },
    });
    const mine = await surveys.execute<Created>(CREATE, {
      actor: admin,
      variables: { input: input({ neighbourhoodIds: [team.id] }) },
    });
    const { data } = await surveys.execute<{ polls: { id: string }[] }>(LIST, {
      variables: { n: team.id },
    });
    const ids = data!.polls.map((p) => p.id);
    expect(ids).toContain(mine.data!.createPoll.id);
    expect(ids).not.toContain(elsewhere.data!.createPoll.id);
  });

  it('takes one vote per client and shows results only from ten votes', async () => {
    const { data } = await surveys.execute<Created>(CREATE, {
      actor: admin,
      variables: { input: input() },
    });
    const { id, options } = data!.createPoll;
    const [yes, no] = options;
    type Voted = {
      votePoll: {
        totalVotes: number;
        options: { label: string; votes: number | null; share: number | null }[];
      };
    };
    let last: Voted | null | undefined;
    for (let i = 0; i < 9; i += 1) {
      const voted = await surveys.execute<Voted>(VOTE, {
        variables: { p: id, o: i < 6 ? yes!.id : no!.id },
        client: `resident-${i}`,
      });
      expect(voted.errors).toBeUndefined();
      last = voted.data;
    }
    expect(last!.votePoll).toEqual({
      totalVotes: 9,
      options: [
        { label: 'Yes', votes: null, share: null },
        { label: 'No', votes: null, share: null },
      ],
    });
    const again = await surveys.execute(VOTE, {
      variables: { p: id, o: no!.id },
      client: 'resident-0',
    });
    expect(errorCode(again.errors)).toBe('ALREADY_ANSWERED');
    const tenth = await surveys.execute<Voted>(VOTE, {
      variables: { p: id, o: no!.id },
      client: 'resident-9',
    });
    expect(tenth.data!.votePoll).toEqual({
      totalVotes: 10,
      options: [
        { label: 'Yes', votes: 6, share: 60 },
        { label: 'No', votes: 4, share: 40 },
      ],
    });
  });

  it('counts one vote per browser as the edge knows it, whatever `client` the caller names', async () => {
    const { data } = await surveys.execute<Created>(CREATE, {
      actor: admin,
      variables: { input: input() },
    });
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
    const total = await surveys.execute<{ poll: { totalVotes: number } }>(
      `query($id: ID!) { poll(id: $id) { totalVotes } }`,
      { variables: { id } },
    );
    expect(total.data?.poll.totalVotes).toBe(1);
  });

  it('takes no votes once it has closed', async () => {
    const { data } = await surveys.execute<Created>(CREATE, {
      actor: admin,
      variables: { input: input() },
    });
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
