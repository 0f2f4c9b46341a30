import type { Poll } from '#lib/surveys.ts';
import type { Gateway } from './gateway.ts';
import { orRefusal } from './surveys.ts';

/** Quick polls through the gateway: one question, a few answers, live (suppressed) results. */

const POLL_FIELDS = /* GraphQL */ `
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
`;

const POLL = /* GraphQL */ `
  query Poll($id: ID!) {
    poll(id: $id) {
      ${POLL_FIELDS}
    }
  }
`;

const TEAM_POLLS = /* GraphQL */ `
  query TeamPolls($neighbourhoodId: ID) {
    polls(neighbourhoodId: $neighbourhoodId) {
      ${POLL_FIELDS}
    }
  }
`;

const VOTE = /* GraphQL */ `
  mutation VotePoll($pollId: ID!, $optionId: ID!) {
    votePoll(pollId: $pollId, optionId: $optionId) {
      id
    }
  }
`;

export async function poll(gateway: Gateway, id: string): Promise<Poll | null> {
  const { poll } = await gateway.request<{ poll: Poll | null }>(POLL, { id });
  return poll;
}

/** The open polls a team page shows: force-wide, its NPA's and its own. */
export async function teamPolls(gateway: Gateway, neighbourhoodId: string): Promise<Poll[]> {
  const { polls } = await gateway.request<{ polls: Poll[] }>(TEAM_POLLS, { neighbourhoodId });
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
