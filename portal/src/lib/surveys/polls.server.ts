import type { Poll } from '#lib/surveys/surveys.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { orRefusal } from '#lib/server/gateway-errors.ts';
import { graphql } from '#lib/graphql/index.ts';

/** Quick polls through the gateway: one question, a few answers, live (suppressed) results. */

graphql(`
  fragment PollFields on Poll {
    id
    question
    options {
      id
      label
      votes
      share
    }
    closesAt
    open
    totalVotes
  }
`);

const POLL = graphql(`
  query Poll($id: ID!) {
    poll(id: $id) {
      ...PollFields
    }
  }
`);

const TEAM_POLLS = graphql(`
  query TeamPolls($neighbourhoodId: ID) {
    polls(neighbourhoodId: $neighbourhoodId) {
      ...PollFields
    }
  }
`);

const VOTE = graphql(`
  mutation VotePoll($pollId: ID!, $optionId: ID!) {
    votePoll(pollId: $pollId, optionId: $optionId) {
      id
    }
  }
`);

export async function poll(gateway: Gateway, id: string): Promise<Poll | null> {
  const { poll } = await gateway.request(POLL, { id });
  return poll;
}

/** The open polls a team page shows: force-wide, its NPA's and its own. */
export async function teamPolls(gateway: Gateway, neighbourhoodId: string): Promise<Poll[]> {
  const { polls } = await gateway.request(TEAM_POLLS, { neighbourhoodId });
  return polls.filter((candidate) => candidate.open);
}

export function votePoll(gateway: Gateway, pollId: string, optionId: string) {
  return orRefusal(gateway.request(VOTE, { pollId, optionId }), [
    'ALREADY_ANSWERED',
    'RATE_LIMITED',
    'ROUND_CLOSED',
    'BAD_USER_INPUT',
  ] as const);
}
