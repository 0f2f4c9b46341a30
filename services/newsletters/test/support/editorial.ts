import { expect } from 'vitest';
import type { Actor } from '@engage/shared';
import type { SubgraphHarness } from '@engage/shared/testing';

export const NEWSLETTER_FIELDS = `id month title status introduction advice contact reviewComment
  scheduledFor publishedAt neighbourhood { id }
  author { name role photoUrl } priorities { title youSaid weDid } events { title startsAt place }
  delivery { total queued sent failed suppressed finished }`;

export interface NewsletterView {
  id: string;
  month: string;
  status: string;
  introduction: string;
  reviewComment: string | null;
  publishedAt: string | null;
  delivery: {
    total: number;
    queued: number;
    sent: number;
    failed: number;
    suppressed: number;
    finished: boolean;
  } | null;
}

export const content = {
  title: 'Castle neighbourhood news: December 2030',
  introduction: '<p>Hello from the <strong>Castle</strong> team.</p><script>alert(1)</script>',
  author: { name: 'Sergeant Priya Shah', role: 'Neighbourhood sergeant', photoUrl: null },
  teamWork: {
    priorities: [
      {
        priorityId: '8b0f8f4e-1c1f-4d55-9d4e-2f3a4b5c6d7e',
        year: 2030,
        quarter: 4,
        status: 'ACTIVE',
        title: 'Parking on pavements',
        residentsSaid: 'Cars block the pavement on Mill Lane.',
        updates: [{ actionOn: '2030-11-20', weDid: 'Issued 12 tickets' }],
      },
    ],
    events: [
      {
        eventId: '5d6e7f80-9a0b-4c1d-8e2f-3a4b5c6d7e8f',
        title: 'Beat surgery',
        startsAt: '2030-12-10T18:00:00.000Z',
        place: 'Castle library',
      },
    ],
  },
  advice: '<h2>Stay safe</h2><p>Lock your shed.</p>',
  contact: 'Call 101 and ask for the Castle team.',
};

/** Runs one mutation or query as an actor and returns its data (failing the test on an error). */
export async function as<Data = Record<string, NewsletterView>>(
  harness: SubgraphHarness,
  actor: Actor,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const result = await harness.execute<Data>(query, { actor, variables });
  expect(result.errors).toBeUndefined();
  return result.data!;
}

export const CREATE = `mutation($input: NewsletterDraftInput!) { createNewsletterDraft(input: $input) { ${NEWSLETTER_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: NewsletterContentInput!) { updateNewsletterDraft(id: $id, input: $input) { ${NEWSLETTER_FIELDS} } }`;
export const SUBMIT = `mutation($id: ID!) { submitNewsletterForReview(id: $id) { ${NEWSLETTER_FIELDS} } }`;
export const REQUEST_CHANGES = `mutation($id: ID!, $comment: String!) { requestNewsletterChanges(id: $id, comment: $comment) { ${NEWSLETTER_FIELDS} } }`;
export const APPROVE = `mutation($id: ID!) { approveNewsletter(id: $id) { ${NEWSLETTER_FIELDS} } }`;
export const PUBLISH = `mutation($id: ID!, $at: DateTimeISO) { publishNewsletter(id: $id, at: $at) { ${NEWSLETTER_FIELDS} } }`;
export const BY_ID = `query($id: ID!) { newsletterById(id: $id) { ${NEWSLETTER_FIELDS} } }`;
