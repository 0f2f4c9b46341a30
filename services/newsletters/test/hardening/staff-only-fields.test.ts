import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, stableId, type Actor } from '@engage/shared';
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
  content,
  CREATE,
  PUBLISH,
  REQUEST_CHANGES,
  SUBMIT,
  UPDATE,
} from '../support/editorial.ts';
import { Newsletter } from '../../src/modules/newsletter/newsletter.entity.ts';
import {
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack({ workers: false });
});
afterAll(() => stack?.close());

const admin: Actor = {
  kind: 'staff',
  id: stableId('staff', 'test-admin'),
  name: 'Admin',
  role: 'ADMIN',
};

const COMMENT = `query($id: ID!) { newsletterById(id: $id) { id status reviewComment } }`;
const COUNT = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Neighbourhood { subscriberCount } }
}`;

async function issueWithChangesRequested(month: string): Promise<string> {
  const { createNewsletterDraft } = await as(stack.harness, officer, CREATE, {
    input: { neighbourhoodId: team.id, month },
  });
  const id = createNewsletterDraft!.id;
  await as(stack.harness, officer, UPDATE, { id, input: content });
  await as(stack.harness, officer, SUBMIT, { id });
  await as(stack.harness, reviewer, REQUEST_CHANGES, { id, comment: 'Internal: tone it down.' });
  return id;
}

describe('a reviewer’s comment', () => {
  it('is read by the team and reviewers while the issue is in the works, never by outsiders', async () => {
    const id = await issueWithChangesRequested('2032-01');
    for (const insider of [officer, commander, reviewer, admin]) {
      const result = await stack.harness.execute<{
        newsletterById: { reviewComment: string | null };
      }>(COMMENT, { actor: insider, variables: { id } });
      expect(result.data?.newsletterById?.reviewComment).toBe('Internal: tone it down.');
    }
    for (const outsider of [otherTeamOfficer, otherCommander, analyst, ANONYMOUS]) {
      const result = await stack.harness.execute(COMMENT, { actor: outsider, variables: { id } });
      expect(JSON.stringify(result)).not.toContain('tone it down');
    }
  });

  it('is gone from the published issue, so an anonymous reader never sees it', async () => {
    const id = await issueWithChangesRequested('2032-02');
    await as(stack.harness, officer, SUBMIT, { id });
    await as(stack.harness, reviewer, APPROVE, { id });
    await as(stack.harness, officer, PUBLISH, { id });
    const anonymous = await stack.harness.execute<{
      newsletterById: { status: string; reviewComment: string | null };
    }>(COMMENT, { variables: { id } });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.newsletterById).toMatchObject({
      status: 'PUBLISHED',
      reviewComment: null,
    });
    const staff = await as<{ newsletterById: { reviewComment: string | null } }>(
      stack.harness,
      officer,
      COMMENT,
      { id },
    );
    expect(staff.newsletterById.reviewComment).toBeNull();
  });

  it('stays hidden from the public on an issue published with one still stored', async () => {
    const id = await issueWithChangesRequested('2032-03');
    await as(stack.harness, officer, SUBMIT, { id });
    await as(stack.harness, reviewer, APPROVE, { id });
    await as(stack.harness, officer, PUBLISH, { id });
    // Issues published before comments were cleared on publishing still hold theirs.
    await stack.harness.orm.em
      .fork()
      .nativeUpdate(Newsletter, { id }, { reviewComment: 'Internal: legacy note.' });
    const anonymous = await stack.harness.execute(COMMENT, { variables: { id } });
    expect(anonymous.data).toMatchObject({ newsletterById: { id, reviewComment: null } });
    for (const insider of [officer, reviewer]) {
      const seen = await as<{ newsletterById: { reviewComment: string | null } }>(
        stack.harness,
        insider,
        COMMENT,
        { id },
      );
      expect(seen.newsletterById.reviewComment).toBe('Internal: legacy note.');
    }
  });
});

describe('a team’s subscriber count', () => {
  const representations = [{ __typename: 'Neighbourhood', id: team.id }];
  const countFor = async (actor: Actor) =>
    (
      await stack.harness.execute<{ _entities: { subscriberCount: number | null }[] }>(COUNT, {
        actor,
        variables: { representations },
      })
    ).data?._entities[0]?.subscriberCount ?? null;

  it('is shown to the team’s officers, its commander, analysts and admins', async () => {
    for (const actor of [officer, commander, analyst, admin]) {
      expect(await countFor(actor)).toBe(0);
    }
  });

  it('is hidden from other teams’ officers, other commanders, reviewers and the public', async () => {
    for (const actor of [otherTeamOfficer, otherCommander, reviewer, ANONYMOUS]) {
      expect(await countFor(actor)).toBeNull();
    }
  });
});
