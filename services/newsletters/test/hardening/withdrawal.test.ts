import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, OutboxMessage, stableId, type Actor } from '@engage/shared';
import { AuditEntry } from '@engage/shared/audit';
import { Delivery } from '../../src/modules/delivery/delivery.entity.ts';
import { Subscriber } from '../../src/modules/subscribers/subscriber.entity.ts';
import {
  analyst,
  commander,
  officer,
  otherCommander,
  otherTeamOfficer,
  reviewer,
} from '../support/actors.ts';
import { APPROVE, as, content, CREATE, PUBLISH, SUBMIT, UPDATE } from '../support/editorial.ts';
import {
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import { codeOf } from '../support/residents.ts';

let stack: NewsletterTestStack;
beforeAll(async () => {
  // No mail worker: the deliveries stay QUEUED, as they are in the minutes after publishing.
  stack = await startNewsletterTestStack({ workers: false });
});
afterAll(() => stack?.close());

const admin: Actor = {
  kind: 'staff',
  id: stableId('staff', 'test-admin'),
  name: 'Test Admin',
  role: 'ADMIN',
};

const WITHDRAW = `mutation($id: ID!, $reason: String!) {
  withdrawNewsletter(id: $id, reason: $reason) { id status withdrawnAt delivery { queued cancelled } }
}`;
const PUBLIC_VIEW = `query($representations: [_Any!]!, $month: String!) {
  _entities(representations: $representations) {
    ... on Neighbourhood {
      latestNewsletter { id }
      newsletters(first: 12) { totalCount nodes { id } }
      newsletter(month: $month) { id status }
      newsletterWithdrawn(month: $month)
    }
  }
}`;
const representations = [{ __typename: 'Neighbourhood', id: team.id }];

async function published(month: string): Promise<string> {
  const { createNewsletterDraft: issue } = await as(stack.harness, officer, CREATE, {
    input: { neighbourhoodId: team.id, month },
  });
  await as(stack.harness, officer, UPDATE, { id: issue!.id, input: content });
  await as(stack.harness, officer, SUBMIT, { id: issue!.id });
  await as(stack.harness, reviewer, APPROVE, { id: issue!.id });
  await as(stack.harness, officer, PUBLISH, { id: issue!.id });
  return issue!.id;
}

describe('withdrawing a newsletter published by mistake', () => {
  it('is for admins only: every other role is refused and nothing changes', async () => {
    const id = await published('2035-01');
    const reason = 'Named a victim by mistake.';
    expect(codeOf(await stack.harness.execute(WITHDRAW, { variables: { id, reason } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      codeOf(
        await stack.harness.execute(WITHDRAW, { actor: ANONYMOUS, variables: { id, reason } }),
      ),
    ).toBe('UNAUTHENTICATED');
    for (const actor of [officer, commander, reviewer, analyst, otherTeamOfficer, otherCommander]) {
      const result = await stack.harness.execute(WITHDRAW, { actor, variables: { id, reason } });
      expect(codeOf(result), actor.kind === 'staff' ? actor.role : 'anonymous').toBe('FORBIDDEN');
    }
    const view = await stack.harness.execute(PUBLIC_VIEW, {
      variables: { representations, month: '2035-01' },
    });
    expect(view.data).toMatchObject({ _entities: [{ newsletter: { id, status: 'PUBLISHED' } }] });
    expect(await stack.harness.orm.em.fork().count(AuditEntry, {})).toBe(0);
  });

  it('needs a reason, and only a published issue can be withdrawn', async () => {
    const id = await published('2035-02');
    for (const reason of ['', '   ', `Mistake \u202E`]) {
      const result = await stack.harness.execute(WITHDRAW, {
        actor: admin,
        variables: { id, reason },
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.['field']).toBe('reason');
    }
    const { createNewsletterDraft: draft } = await as(stack.harness, officer, CREATE, {
      input: { neighbourhoodId: team.id, month: '2035-03' },
    });
    const notPublished = await stack.harness.execute(WITHDRAW, {
      actor: admin,
      variables: { id: draft!.id, reason: 'Not ready.' },
    });
    expect(codeOf(notPublished)).toBe('CONFLICT');
  });

  it('takes it from the public, cancels unsent mail, records who and why, and tells engagement', async () => {
    const em = stack.harness.orm.em.fork();
    em.create(Subscriber, {
      id: randomUUID(),
      email: 'reader@example.org',
      emailKey: 'reader@example.org',
      status: 'CONFIRMED',
      neighbourhoodIds: [team.id],
      interests: ['NEWSLETTER'],
      confirmedAt: new Date(),
    });
    await em.flush();
    const earlier = await published('2035-04');
    const id = await published('2035-05');

    const withdrawn = await as<{
      withdrawNewsletter: {
        status: string;
        withdrawnAt: string;
        delivery: { queued: number; cancelled: number };
      };
    }>(stack.harness, admin, WITHDRAW, { id, reason: 'Published the wrong team’s issue.' });
    expect(withdrawn.withdrawNewsletter).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnAt: expect.any(String),
      delivery: { queued: 0, cancelled: 1 },
    });

    const after = stack.harness.orm.em.fork();
    expect(await after.count(Delivery, { subjectId: id, status: 'QUEUED' })).toBe(0);
    // The earlier issue's mail is not touched.
    expect(await after.count(Delivery, { subjectId: earlier, status: 'QUEUED' })).toBe(1);

    const view = await stack.harness.execute(PUBLIC_VIEW, {
      variables: { representations, month: '2035-05' },
    });
    expect(view.errors).toBeUndefined();
    const [neighbourhood] = (view.data as { _entities: Record<string, unknown>[] })._entities;
    expect(neighbourhood).toMatchObject({
      latestNewsletter: { id: earlier },
      newsletter: null,
      newsletterWithdrawn: true,
    });
    const archive = neighbourhood!['newsletters'] as { nodes: { id: string }[] };
    expect(archive.nodes.map((node) => node.id)).not.toContain(id);
    const byId = await stack.harness.execute(`query($id: ID!) { newsletterById(id: $id) { id } }`, {
      variables: { id },
    });
    expect(byId.data).toEqual({ newsletterById: null });

    const [audit] = await after.find(AuditEntry, { subjectId: id });
    expect(audit).toMatchObject({
      actorId: admin.id,
      actorRole: 'ADMIN',
      action: 'newsletter.withdrawn',
      subjectType: 'Newsletter',
      reason: 'Published the wrong team’s issue.',
      before: { status: 'PUBLISHED' },
      after: { status: 'WITHDRAWN' },
    });
    const events = await after.find(OutboxMessage, { name: 'newsletter.withdrawn' });
    expect(events.map((event) => event.payload)).toEqual([
      { newsletterId: id, neighbourhoodId: team.id, withdrawnAt: expect.any(String) },
    ]);

    // Withdrawn once; a second click is told so, and records nothing more.
    const again = await stack.harness.execute(WITHDRAW, {
      actor: admin,
      variables: { id, reason: 'Again.' },
    });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(await after.count(AuditEntry, { subjectId: id })).toBe(1);
  });

  it('lets the team draft a corrected issue for the same month', async () => {
    const id = await published('2035-06');
    await as(stack.harness, admin, WITHDRAW, { id, reason: 'Wrong month’s figures.' });
    const corrected = await as(stack.harness, officer, CREATE, {
      input: { neighbourhoodId: team.id, month: '2035-06' },
    });
    expect(corrected.createNewsletterDraft!.id).not.toBe(id);
    const teamView = await as<{ _entities: { newsletter: { id: string } | null }[] }>(
      stack.harness,
      officer,
      PUBLIC_VIEW,
      { representations, month: '2035-06' },
    );
    expect(teamView._entities[0]!.newsletter!.id).toBe(corrected.createNewsletterDraft!.id);
  });
});
