import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '@engage/shared';
import {
  analyst,
  commander,
  officer,
  otherCommander,
  otherTeamOfficer,
  reviewer,
} from '../support/actors.ts';
import {
  APPROVE,
  as,
  BY_ID,
  content,
  CREATE,
  PUBLISH,
  REQUEST_CHANGES,
  SUBMIT,
  UPDATE,
  type NewsletterView,
} from '../support/editorial.ts';
import {
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import { codeOf } from '../support/residents.ts';

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack();
});
afterAll(() => stack?.close());

const attempt = (actor: Actor, query: string, variables: Record<string, unknown>) =>
  stack.harness.execute(query, { actor, variables });

async function draft(month: string): Promise<NewsletterView> {
  const { createNewsletterDraft } = await as(stack.harness, officer, CREATE, {
    input: { neighbourhoodId: team.id, month },
  });
  await as(stack.harness, officer, UPDATE, { id: createNewsletterDraft!.id, input: content });
  return createNewsletterDraft!;
}

const TEAM_VIEW = `query($representations: [_Any!]!, $month: String!) {
  _entities(representations: $representations) {
    ... on Neighbourhood {
      newsletter(month: $month) { id status }
      newsletters(first: 5) { totalCount nodes { month } }
    }
  }
}`;
const DRAFTS = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Neighbourhood { newsletterDrafts { id status } subscriberCount } }
}`;
const QUEUE = `{ newsletterReviewQueue { id status } }`;
const PREVIEW = `query($id: ID!, $format: EmailFormat!, $language: ResidentLanguage!) {
  newsletterEmailPreview(id: $id, format: $format, language: $language) { subject html text }
}`;

describe('the editorial workflow', () => {
  it('takes an issue from draft through review and changes to approval and publication', async () => {
    const issue = await draft('2031-02');
    const saved = await as(stack.harness, officer, BY_ID, { id: issue.id });
    // Rich text is stored sanitised: the script is gone, the structure stays.
    expect(saved.newsletterById!.introduction).toBe(
      '<p>Hello from the <strong>Castle</strong> team.</p>',
    );

    expect(
      (await as(stack.harness, officer, SUBMIT, { id: issue.id })).submitNewsletterForReview!
        .status,
    ).toBe('IN_REVIEW');
    expect((await as(stack.harness, reviewer, QUEUE)).newsletterReviewQueue).toEqual([
      { id: issue.id, status: 'IN_REVIEW' },
    ]);
    const changes = await as(stack.harness, reviewer, REQUEST_CHANGES, {
      id: issue.id,
      comment: 'Add the event’s time.',
    });
    expect(changes.requestNewsletterChanges).toMatchObject({
      status: 'CHANGES_REQUESTED',
      reviewComment: 'Add the event’s time.',
    });
    await as(stack.harness, officer, UPDATE, {
      id: issue.id,
      input: { ...content, title: 'Better title' },
    });
    await as(stack.harness, commander, SUBMIT, { id: issue.id });
    expect(
      (await as(stack.harness, reviewer, APPROVE, { id: issue.id })).approveNewsletter!.status,
    ).toBe('APPROVED');
    const published = await as(stack.harness, reviewer, PUBLISH, { id: issue.id });
    expect(published.publishNewsletter).toMatchObject({
      status: 'PUBLISHED',
      title: 'Better title',
    });
  });

  it('features what the service chooses from the team’s work, and keeps it when a save leaves the work out', async () => {
    const issue = await draft('2031-12');
    const teamWork = {
      priorities: [
        ...content.teamWork.priorities,
        {
          ...content.teamWork.priorities[0],
          priorityId: 'a3c1e6a2-4f7b-4d0e-9c55-1b2d3e4f5a6b',
          title: 'A draft the team is still writing',
          status: 'DRAFT',
        },
      ],
      events: [],
    };
    const refreshed = await as(stack.harness, officer, UPDATE, {
      id: issue.id,
      input: { ...content, teamWork },
    });
    const featured = {
      priorities: [
        {
          title: 'Parking on pavements',
          youSaid: 'Cars block the pavement on Mill Lane.',
          weDid: ['Issued 12 tickets'],
        },
      ],
      events: [],
    };
    expect(refreshed.updateNewsletterDraft).toMatchObject(featured);

    const { teamWork: _left_out, ...words } = content;
    const saved = await as(stack.harness, officer, UPDATE, {
      id: issue.id,
      input: { ...words, title: 'Only the words changed' },
    });
    expect(saved.updateNewsletterDraft).toMatchObject({
      ...featured,
      title: 'Only the words changed',
    });
  });

  it('keeps unpublished issues from the public and shows them to the team and reviewers', async () => {
    const issue = await draft('2031-03');
    const representations = [{ __typename: 'Neighbourhood', id: team.id }];
    const publicView = await stack.harness.execute(TEAM_VIEW, {
      variables: { representations, month: '2031-03' },
    });
    expect(publicView.data).toMatchObject({ _entities: [{ newsletter: null }] });
    expect((await stack.harness.execute(BY_ID, { variables: { id: issue.id } })).data).toEqual({
      newsletterById: null,
    });
    const teamView = await stack.harness.execute(TEAM_VIEW, {
      actor: officer,
      variables: { representations, month: '2031-03' },
    });
    expect(teamView.data).toMatchObject({
      _entities: [{ newsletter: { id: issue.id, status: 'DRAFT' } }],
    });
    const drafts = await as<{
      _entities: { newsletterDrafts: { id: string }[]; subscriberCount: number }[];
    }>(stack.harness, reviewer, DRAFTS, { representations });
    expect(drafts._entities[0]!.newsletterDrafts.map((row) => row.id)).toContain(issue.id);
    expect(codeOf(await stack.harness.execute(DRAFTS, { variables: { representations } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      codeOf(
        await stack.harness.execute(DRAFTS, {
          actor: otherTeamOfficer,
          variables: { representations },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('previews the email in each format and language for staff who may see the issue', async () => {
    const issue = await draft('2031-04');
    const plain = await as<{
      newsletterEmailPreview: { subject: string; html: string; text: string };
    }>(stack.harness, officer, PREVIEW, { id: issue.id, format: 'PLAIN_TEXT', language: 'CY' });
    expect(plain.newsletterEmailPreview.html).toBe('');
    expect(plain.newsletterEmailPreview.subject).toMatch(/^Cylchlythyr /);
    expect(plain.newsletterEmailPreview.text).toContain('subscriptions/unsubscribe?token=preview');
    const html = await as<{ newsletterEmailPreview: { html: string } }>(
      stack.harness,
      reviewer,
      PREVIEW,
      {
        id: issue.id,
        format: 'HTML',
        language: 'EN',
      },
    );
    expect(html.newsletterEmailPreview.html).toContain('<strong>Castle</strong>');
    expect(
      codeOf(
        await attempt(otherTeamOfficer, PREVIEW, { id: issue.id, format: 'HTML', language: 'EN' }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('refuses each action to those who may not take it', async () => {
    const issue = await draft('2031-05');
    const createFor = { input: { neighbourhoodId: team.id, month: '2031-06' } };
    expect(codeOf(await attempt(ANONYMOUS, CREATE, createFor))).toBe('UNAUTHENTICATED');
    for (const outsider of [otherTeamOfficer, otherCommander, reviewer, analyst]) {
      expect(codeOf(await attempt(outsider, CREATE, createFor))).toBe('FORBIDDEN');
      expect(codeOf(await attempt(outsider, UPDATE, { id: issue.id, input: content }))).toBe(
        'FORBIDDEN',
      );
    }
    await as(stack.harness, officer, SUBMIT, { id: issue.id });
    for (const manager of [officer, commander, analyst]) {
      expect(codeOf(await attempt(manager, APPROVE, { id: issue.id }))).toBe('FORBIDDEN');
      expect(codeOf(await attempt(manager, REQUEST_CHANGES, { id: issue.id, comment: 'no' }))).toBe(
        'FORBIDDEN',
      );
    }
    expect(codeOf(await attempt(officer, QUEUE, {}))).toBe('FORBIDDEN');
    expect(codeOf(await attempt(otherTeamOfficer, PUBLISH, { id: issue.id }))).toBe('FORBIDDEN');
  });

  it('refuses steps out of order, and a second issue for the same month, as CONFLICT', async () => {
    const issue = await draft('2031-07');
    expect(codeOf(await attempt(reviewer, APPROVE, { id: issue.id }))).toBe('CONFLICT');
    expect(codeOf(await attempt(officer, PUBLISH, { id: issue.id }))).toBe('CONFLICT');
    await as(stack.harness, officer, SUBMIT, { id: issue.id });
    expect(codeOf(await attempt(officer, UPDATE, { id: issue.id, input: content }))).toBe(
      'CONFLICT',
    );
    expect(
      codeOf(
        await attempt(officer, CREATE, { input: { neighbourhoodId: team.id, month: '2031-07' } }),
      ),
    ).toBe('CONFLICT');
  });

  it('publishes a scheduled issue when its time comes, then lists it in the archive', async () => {
    const issue = await draft('2031-08');
    await as(stack.harness, officer, SUBMIT, { id: issue.id });
    await as(stack.harness, reviewer, APPROVE, { id: issue.id });
    const at = new Date(Date.now() + 1500);
    const scheduled = await as(stack.harness, officer, PUBLISH, {
      id: issue.id,
      at: at.toISOString(),
    });
    expect(scheduled.publishNewsletter).toMatchObject({
      status: 'SCHEDULED',
      scheduledFor: at.toISOString(),
      publishedAt: null,
    });

    let status = 'SCHEDULED';
    for (const deadline = Date.now() + 30_000; status !== 'PUBLISHED' && Date.now() < deadline;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      status = (await as(stack.harness, officer, BY_ID, { id: issue.id })).newsletterById!.status;
    }
    expect(status).toBe('PUBLISHED');
    const { newsletterById } = await as(stack.harness, officer, BY_ID, { id: issue.id });
    expect(new Date(newsletterById!.publishedAt!).getTime()).toBeGreaterThanOrEqual(at.getTime());
    const archive = await stack.harness.execute(TEAM_VIEW, {
      variables: {
        representations: [{ __typename: 'Neighbourhood', id: team.id }],
        month: '2031-08',
      },
    });
    expect(archive.data).toMatchObject({
      _entities: [{ newsletter: { id: issue.id, status: 'PUBLISHED' } }],
    });
  });
});
