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
