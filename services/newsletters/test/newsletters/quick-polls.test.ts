import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetPoll, rememberPoll } from '../../src/modules/polls/poll.subscriptions.ts';
import { officer, reviewer } from '../support/actors.ts';
import { APPROVE, as, content, CREATE, PUBLISH, SUBMIT, UPDATE } from '../support/editorial.ts';
import {
  outsideTeam,
  PORTAL_URL,
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import { confirm, subscribe } from '../support/residents.ts';

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack();
});
afterAll(() => stack?.close());

const POLL_OF = `query($id: ID!) { newsletterById(id: $id) { poll { id question } } }`;
const PREVIEW = `query($id: ID!) {
  newsletterEmailPreview(id: $id, format: PLAIN_TEXT, language: EN) { text }
}`;

const opened = (question: string, neighbourhoodIds: string[], openedAt = new Date()) => ({
  pollId: randomUUID(),
  question,
  neighbourhoodIds,
  openedAt: openedAt.toISOString(),
  closesAt: null,
});

/** `poll.opened` / `poll.closed` as the event queue hands them to this service. */
async function handle(run: (em: ReturnType<typeof stack.harness.orm.em.fork>) => Promise<void>) {
  const em = stack.harness.orm.em.fork();
  await em.transactional((tx) => run(tx));
}

async function draft(month: string) {
  const { createNewsletterDraft } = await as(stack.harness, officer, CREATE, {
    input: { neighbourhoodId: team.id, month },
  });
  await as(stack.harness, officer, UPDATE, { id: createNewsletterDraft!.id, input: content });
  return createNewsletterDraft!.id;
}

describe("a team's open quick poll in its newsletter", () => {
  it('is linked from the next issue, on its page and in the mail, and stays with it after the poll closes', async () => {
    await subscribe(stack.harness, 'poll.reader@example.org', { neighbourhoodIds: [team.id] });
    await confirm(stack.harness, await stack.smtp.waitForMailTo('poll.reader@example.org'));

    const older = opened(
      'Is the library a good place to meet?',
      [team.id],
      new Date(Date.now() - 86_400_000),
    );
    const newest = opened('Should we hold a surgery at Castle library?', [team.id, outsideTeam.id]);
    const closed = opened('Did you see our market stall?', [team.id]);
    const elsewhere = opened('A poll for another team?', [outsideTeam.id]);
    await handle(async (em) => {
      for (const poll of [older, newest, closed, elsewhere]) await rememberPoll(em, poll);
      await forgetPoll(em, { pollId: closed.pollId, closedAt: new Date().toISOString() });
      // A replayed opening does not reopen a closed poll.
      await rememberPoll(em, closed);
    });

    const id = await draft('2031-01');
    const asDraft = await as(stack.harness, officer, POLL_OF, { id });
    expect(asDraft).toEqual({
      newsletterById: { poll: { id: newest.pollId, question: newest.question } },
    });
    const preview = await as<{ newsletterEmailPreview: { text: string } }>(
      stack.harness,
      officer,
      PREVIEW,
      { id },
    );
    expect(preview.newsletterEmailPreview.text).toContain(newest.question);
    expect(preview.newsletterEmailPreview.text).toContain(`${PORTAL_URL}/polls/${newest.pollId}`);

    await as(stack.harness, officer, SUBMIT, { id });
    await as(stack.harness, reviewer, APPROVE, { id });
    await as(stack.harness, officer, PUBLISH, { id });
    const mail = await stack.smtp.waitForMailTo('poll.reader@example.org', 2);
    expect(mail.parsed.text).toContain('Quick poll');
    expect(mail.parsed.text).toContain(newest.question);
    expect(mail.parsed.html).toContain(`href="${PORTAL_URL}/polls/${newest.pollId}"`);
    expect(mail.parsed.text).not.toContain(closed.question);

    await handle((em) =>
      forgetPoll(em, { pollId: newest.pollId, closedAt: new Date().toISOString() }),
    );
    // The published issue keeps the poll it went out with (its page shows the results now).
    expect(await as(stack.harness, officer, POLL_OF, { id })).toEqual({
      newsletterById: { poll: { id: newest.pollId, question: newest.question } },
    });
    // The next one links to the team's poll still open.
    const next = await draft('2031-02');
    expect(await as(stack.harness, officer, POLL_OF, { id: next })).toEqual({
      newsletterById: { poll: { id: older.pollId, question: older.question } },
    });
    await handle((em) =>
      forgetPoll(em, { pollId: older.pollId, closedAt: new Date().toISOString() }),
    );
    expect(await as(stack.harness, officer, POLL_OF, { id: next })).toEqual({
      newsletterById: { poll: null },
    });
  });
});
