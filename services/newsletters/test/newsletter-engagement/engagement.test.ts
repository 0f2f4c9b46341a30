import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, PORTAL_SERVICE, type Actor } from '@engage/shared';
import { storedClientKey } from '@engage/shared/auth';
import { ukToday } from '@engage/shared/uk-time';
import { Delivery } from '../../src/modules/delivery/delivery.entity.ts';
import { issueCounts } from '../../src/modules/newsletter-engagement/issue-counts.ts';
import { recordArchiveView } from '../../src/modules/newsletter-engagement/record-view.ts';
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
  area,
  neighbourTeam,
  outsideTeam,
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';
import { linkToken, UNSUBSCRIBE } from '../support/residents.ts';

const BOUNCING = 'no.such.mailbox@example.org';
const viewsTeam = area.neighbourhoods[2]!;

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack({ smtp: { rejectRecipients: [BOUNCING] } });
});
afterAll(() => stack?.close());

const COUNT = 'value fewerThan';
const ENGAGEMENT = `engagement { delivered { ${COUNT} } bounced { ${COUNT} } unsubscribed { ${COUNT} } archiveViews }`;
const ISSUE_ENGAGEMENT = `query($id: ID!) { newsletterById(id: $id) { id ${ENGAGEMENT} } }`;
const TREND = `query($id: ID!) { _entities(representations: [{ __typename: "Neighbourhood", id: $id }]) {
  ... on Neighbourhood { newsletterEngagementTrend { month issuesPublished
    delivered { ${COUNT} } bounced { ${COUNT} } unsubscribed { ${COUNT} } archiveViews } } } }`;
const RECORD_VIEW = `mutation($id: ID!) { recordNewsletterView(id: $id) }`;

type Count = { value: number | null; fewerThan: number | null };
interface Engagement {
  delivered: Count;
  bounced: Count;
  unsubscribed: Count;
  archiveViews: number;
}
type Month = Engagement & { month: string; issuesPublished: number };

const shown = (value: number): Count => ({ value, fewerThan: null });
const fewerThan10: Count = { value: null, fewerThan: 10 };
const heldBack: Count = { value: null, fewerThan: null };

async function subscribersOf(teamId: string, addresses: string[]) {
  const em = stack.harness.orm.em.fork();
  for (const email of addresses) {
    em.create(Subscriber, {
      id: randomUUID(),
      email,
      emailKey: email,
      status: 'CONFIRMED',
      neighbourhoodIds: [teamId],
      interests: ['NEWSLETTER'],
      confirmedAt: new Date(),
    });
  }
  await em.flush();
}

const addresses = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}.${index + 1}@example.org`);

/** Writes, reviews and publishes an issue for the team, then waits until every mail is sent. */
async function publishAndSend(teamId: string, month: string, manager: Actor): Promise<string> {
  const { createNewsletterDraft: issue } = await as(stack.harness, manager, CREATE, {
    input: { neighbourhoodId: teamId, month },
  });
  await as(stack.harness, manager, UPDATE, { id: issue!.id, input: content });
  await as(stack.harness, manager, SUBMIT, { id: issue!.id });
  await as(stack.harness, reviewer, APPROVE, { id: issue!.id });
  await as(stack.harness, manager, PUBLISH, { id: issue!.id });
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    const em = stack.harness.orm.em.fork();
    const [all, waiting] = await Promise.all([
      em.count(Delivery, { subjectId: issue!.id }),
      em.count(Delivery, { subjectId: issue!.id, status: { $in: ['QUEUED', 'SENDING'] } }),
    ]);
    if (all > 0 && waiting === 0) return issue!.id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the ${month} issue was not sent`);
}

/** A resident follows the unsubscribe link in the issue they received. */
async function unsubscribeFromMail(email: string, mailNumber = 1) {
  const mail = await stack.smtp.waitForMailTo(email, mailNumber);
  const result = await stack.harness.execute(UNSUBSCRIBE, {
    variables: { token: linkToken(mail, 'subscriptions/unsubscribe') },
  });
  expect(result.errors).toBeUndefined();
}

async function engagementOf(id: string, actor: Actor = officer): Promise<Engagement> {
  const data = await as<{ newsletterById: { engagement: Engagement } }>(
    stack.harness,
    actor,
    ISSUE_ENGAGEMENT,
    { id },
  );
  return data.newsletterById.engagement;
}

async function trendOf(teamId: string, actor: Actor = analyst): Promise<Month[]> {
  const data = await as<{ _entities: { newsletterEngagementTrend: Month[] }[] }>(
    stack.harness,
    actor,
    TREND,
    { id: teamId },
  );
  return data._entities[0]!.newsletterEngagementTrend;
}

describe('how an issue was received', () => {
  it('counts what the mail server accepted, what it refused with 550, and who left after it', async () => {
    const residents = addresses('castle', 12);
    await subscribersOf(team.id, [...residents, BOUNCING]);
    const first = await publishAndSend(team.id, '2032-01', officer);

    // Ten residents unsubscribe from the link in that issue.
    for (const email of residents.slice(0, 10)) await unsubscribeFromMail(email);
    const bounce = await stack.harness.orm.em
      .fork()
      .findOneOrFail(Delivery, { subjectId: first, emailAddress: BOUNCING });
    expect(bounce.status).toBe('FAILED');
    expect(bounce.bouncedAt).toBeInstanceOf(Date);

    expect(await engagementOf(first)).toEqual({
      delivered: shown(12),
      bounced: fewerThan10,
      unsubscribed: shown(10),
      archiveViews: 0,
    });

    // The two left get the next issue; one of them leaves only after it, which counts for it.
    const second = await publishAndSend(team.id, '2032-02', officer);
    await unsubscribeFromMail(residents[10]!, 2);
    const counts = await issueCounts(stack.harness.orm.em.fork(), [first, second]);
    expect(counts.get(first)).toMatchObject({ delivered: 12, bounced: 1, unsubscribed: 10 });
    // The bouncing address was suppressed after the first issue, so nothing bounced this time.
    expect(counts.get(second)).toMatchObject({ delivered: 2, bounced: 0, unsubscribed: 1 });
  });

  it('does not count an unsubscribe more than 30 days after the issue arrived', async () => {
    const [late, prompt] = addresses('later', 2) as [string, string];
    await subscribersOf(outsideTeam.id, [late, prompt]);
    const issue = await publishAndSend(outsideTeam.id, '2032-07', otherCommander);
    // As if the first resident had had the issue for 31 days when they left.
    await stack.harness.orm.em
      .fork()
      .getConnection()
      .execute(
        `update newsletters.delivery set sent_at = sent_at - interval '31 days'
         where subject_id = ? and email_address = ?`,
        [issue, late],
      );
    await unsubscribeFromMail(late);
    await unsubscribeFromMail(prompt);

    const counts = await issueCounts(stack.harness.orm.em.fork(), [issue]);
    expect(counts.get(issue)).toMatchObject({ delivered: 2, unsubscribed: 1 });
  });

  it('hides a small issue and, beside it, whatever would give it back by subtraction', async () => {
    const residents = addresses('abbey', 12);
    await subscribersOf(neighbourTeam.id, residents);
    const big = await publishAndSend(neighbourTeam.id, '2032-03', commander);
    for (const email of residents.slice(0, 7)) await unsubscribeFromMail(email);
    // Published the same UK month, so the month's total is the two issues together.
    const small = await publishAndSend(neighbourTeam.id, '2032-04', commander);

    // 12 + 5 = 17 is shown for the month: showing 12 as well would give the 5 back.
    expect((await engagementOf(big, commander)).delivered).toEqual(heldBack);
    expect((await engagementOf(small, commander)).delivered).toEqual(fewerThan10);
    const thisMonth = (await trendOf(neighbourTeam.id)).at(-1)!;
    expect(thisMonth).toMatchObject({ issuesPublished: 2, delivered: shown(17) });
    expect(thisMonth.unsubscribed).toEqual(fewerThan10);
    expect(thisMonth.bounced).toEqual(fewerThan10);
  });

  it('gives a year of months, oldest first, with zeros where nothing was published', async () => {
    const trend = await trendOf(viewsTeam.id);
    expect(trend).toHaveLength(12);
    expect(trend.at(-1)!.month).toBe(ukToday().slice(0, 7));
    expect(trend[0]).toMatchObject({ issuesPublished: 0, delivered: shown(0) });
  });
});

describe('who may see it', () => {
  it('refuses the public, and staff of other teams; shows the team, its NPA, reviewers and analysts', async () => {
    const [issue] = await stack.harness.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(
        `select id from newsletters.newsletter where neighbourhood_id = ? and status = 'PUBLISHED'`,
        [team.id],
      );
    const anonymous = await stack.harness.execute(ISSUE_ENGAGEMENT, {
      actor: ANONYMOUS,
      variables: { id: issue!.id },
    });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0]?.path).toEqual(['newsletterById', 'engagement']);
    const anonymousTrend = await stack.harness.execute(TREND, {
      actor: ANONYMOUS,
      variables: { id: team.id },
    });
    expect(anonymousTrend.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const outsider = await stack.harness.execute(TREND, {
      actor: otherTeamOfficer,
      variables: { id: team.id },
    });
    expect(outsider.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    for (const actor of [officer, commander, reviewer, analyst]) {
      expect(await engagementOf(issue!.id, actor)).toHaveProperty('archiveViews', 0);
    }
  });
});

describe('reads of an issue’s web page', () => {
  it('are counted once per visitor per day, only when the portal says so', async () => {
    await subscribersOf(viewsTeam.id, addresses('views', 3));
    const issue = await publishAndSend(viewsTeam.id, '2032-05', commander);
    const record = (actor: Actor, client: string) =>
      stack.harness.execute<{ recordNewsletterView: boolean }>(RECORD_VIEW, {
        actor,
        client,
        variables: { id: issue },
      });

    expect((await record(PORTAL_SERVICE, 'visitor-a')).data?.recordNewsletterView).toBe(true);
    expect((await record(PORTAL_SERVICE, 'visitor-a')).data?.recordNewsletterView).toBe(false);
    expect((await record(PORTAL_SERVICE, 'visitor-b')).data?.recordNewsletterView).toBe(true);
    for (const actor of [ANONYMOUS, officer]) {
      const refused = await record(actor, 'visitor-c');
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }

    expect((await engagementOf(issue, analyst)).archiveViews).toBe(2);
    expect((await trendOf(viewsTeam.id)).at(-1)!.archiveViews).toBe(2);
  });

  it('keep no cookie, address or client key: an issue, a day and a number', async () => {
    const connection = stack.harness.orm.em.fork().getConnection();
    const columns = async (table: string) =>
      (
        await connection.execute<{ column_name: string }[]>(
          `select column_name from information_schema.columns
           where table_schema = 'newsletters' and table_name = ? order by column_name`,
          [table],
        )
      ).map((row) => row.column_name);
    expect(await columns('archive_view_day')).toEqual(['day', 'newsletter_id', 'views']);
    expect(await columns('archive_viewer')).toEqual(['day', 'viewer']);

    // Yesterday's "already counted" marks are gone after the next view, and none is the key.
    const [issue] = await connection.execute<{ id: string }[]>(
      `select id from newsletters.newsletter where neighbourhood_id = ? and status = 'PUBLISHED'`,
      [viewsTeam.id],
    );
    const em = stack.harness.orm.em.fork();
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);
    expect(await recordArchiveView(em, issue!.id, 'visitor-d', yesterday)).toBe(true);
    expect(await recordArchiveView(em, issue!.id, 'visitor-d')).toBe(true);
    const viewers = await connection.execute<{ viewer: string; day: string }[]>(
      `select viewer, to_char(day, 'YYYY-MM-DD') as day from newsletters.archive_viewer`,
    );
    expect(viewers.map((row) => row.day)).toEqual(viewers.map(() => ukToday()));
    for (const key of ['visitor-a', 'visitor-b', 'visitor-d']) {
      expect(viewers.map((row) => row.viewer)).not.toContain(key);
      expect(viewers.map((row) => row.viewer)).not.toContain(storedClientKey(key));
    }
  });

  it('are not counted for a draft', async () => {
    const { createNewsletterDraft: draft } = await as(stack.harness, officer, CREATE, {
      input: { neighbourhoodId: team.id, month: '2032-06' },
    });
    const result = await stack.harness.execute<{ recordNewsletterView: boolean }>(RECORD_VIEW, {
      actor: PORTAL_SERVICE,
      client: 'visitor-e',
      variables: { id: draft!.id },
    });
    expect(result.data?.recordNewsletterView).toBe(false);
  });
});
