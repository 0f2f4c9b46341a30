import { GatewayError } from '#lib/server/gateway.ts';
import { orStatusPage } from '#lib/teams/team.server.ts';
import { graphql } from '#lib/graphql/index.ts';

/** The staff writes of the newsletters API: draft, review, publish, withdraw (API.md). */

export const CREATE_DRAFT = graphql(`
  mutation CreateNewsletterDraft($input: NewsletterDraftInput!) {
    createNewsletterDraft(input: $input) {
      id
      month
    }
  }
`);

export const UPDATE_DRAFT = graphql(`
  mutation UpdateNewsletterDraft($id: ID!, $input: NewsletterContentInput!) {
    updateNewsletterDraft(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const SUBMIT_FOR_REVIEW = graphql(`
  mutation SubmitNewsletterForReview($id: ID!) {
    submitNewsletterForReview(id: $id) {
      id
      status
    }
  }
`);

export const PUBLISH = graphql(`
  mutation PublishNewsletter($id: ID!, $at: DateTimeISO) {
    publishNewsletter(id: $id, at: $at) {
      id
      status
    }
  }
`);

export const APPROVE = graphql(`
  mutation ApproveNewsletter($id: ID!) {
    approveNewsletter(id: $id) {
      id
      status
    }
  }
`);

export const REQUEST_CHANGES = graphql(`
  mutation RequestNewsletterChanges($id: ID!, $comment: String!) {
    requestNewsletterChanges(id: $id, comment: $comment) {
      id
      status
    }
  }
`);

/** Admins only: takes an issue published by mistake off the website, with the reason why. */
export const WITHDRAW = graphql(`
  mutation WithdrawNewsletter($id: ID!, $reason: String!) {
    withdrawNewsletter(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

/**
 * A staff write. The service's words come back for BAD_USER_INPUT and CONFLICT (a wrong
 * workflow state, a month that already has an issue), for the page to show; FORBIDDEN and
 * NOT_FOUND become their status pages; anything else is a fault for handleError.
 */
export async function staffWrite<T>(
  run: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; code: string; problem: string }> {
  try {
    return { ok: true, value: await orStatusPage(run()) };
  } catch (caught) {
    if (caught instanceof GatewayError) {
      const first = caught.errors[0];
      const code = first?.extensions?.code ?? caught.code;
      if (code === 'BAD_USER_INPUT' || code === 'CONFLICT') {
        return { ok: false, code, problem: first?.message ?? caught.message };
      }
    }
    throw caught;
  }
}
