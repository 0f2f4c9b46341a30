import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { field } from '#lib/forms/form.ts';
import type { Poll } from '#lib/surveys/surveys.ts';
import type { Gateway } from '#lib/server/gateway.ts';
import { formWrite, orRefusal, orStatusPage } from '#lib/server/gateway-errors.ts';
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
    status
    totalVotes
  }
`);

const STAFF_TEAM_POLLS = graphql(`
  query StaffTeamPolls($neighbourhoodId: ID!) {
    teamPolls(neighbourhoodId: $neighbourhoodId) {
      ...PollFields
      openedAt
      policingAreaIds
      neighbourhoodIds
      manageable
    }
  }
`);

export const CREATE_POLL = graphql(`
  mutation CreatePoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      id
    }
  }
`);

const OPEN_POLL = graphql(`
  mutation OpenPoll($id: ID!) {
    openPoll(id: $id) {
      id
    }
  }
`);

const CLOSE_POLL = graphql(`
  mutation ClosePoll($id: ID!) {
    closePoll(id: $id) {
      id
    }
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

/** Every poll a team's residents are asked, drafts and closed ones too (the team's staff). */
export async function staffTeamPolls(gateway: Gateway, neighbourhoodId: string) {
  const { teamPolls } = await orStatusPage(gateway.request(STAFF_TEAM_POLLS, { neighbourhoodId }));
  return teamPolls;
}

export type StaffPoll = Awaited<ReturnType<typeof staffTeamPolls>>[number];

export const pollsPath = (slug: string) => `/staff/teams/${encodeURIComponent(slug)}/polls`;

/** Open a draft: one POST, then the list says so. */
export async function openPoll(event: RequestEvent, returnTo: string) {
  const id = field(await event.request.formData(), 'id');
  if (!id) error(400, 'BAD_REQUEST');
  const result = await formWrite(
    () => event.locals.gateway.request(OPEN_POLL, { id }),
    ['BAD_USER_INPUT', 'CONFLICT'],
  );
  if (!result.ok) return fail(400, { problem: result.problem });
  redirect(303, `${returnTo}?done=opened`);
}

/** Close: residents can no longer vote, so the first POST only asks; confirm=yes closes. */
export async function closePoll(event: RequestEvent, returnTo: string) {
  const form = await event.request.formData();
  const id = field(form, 'id');
  if (!id) error(400, 'BAD_REQUEST');
  if (field(form, 'confirm') !== 'yes') return { confirmClose: id };
  const result = await formWrite(
    () => event.locals.gateway.request(CLOSE_POLL, { id }),
    ['BAD_USER_INPUT', 'CONFLICT'],
  );
  if (!result.ok) return fail(400, { problem: result.problem });
  redirect(303, `${returnTo}?done=closed`);
}
