import type { ParsedMail } from 'mailparser';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DEMO_FORCE,
  DEMO_STAFF_PASSWORD,
  signAccessToken,
  stableId,
  type Actor,
} from '@engage/shared';
import { expectNoAxeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';
import { graphql } from '../support/stack.ts';

/**
 * Residents subscribe, confirm, manage and unsubscribe; a team's newsletter goes through review,
 * is published, reaches the archive and the subscriber's inbox. The whole product runs as
 * `pnpm start` runs it, sending mail to a real SMTP server started here, and the pages are used
 * in a real Chromium: with JavaScript disabled, and again as served without the app's scripts so
 * axe (which needs JavaScript itself) checks every page on the way.
 */

/** The demo officer's team (officer@demo.police.uk polices the first team of the first NPA). */
const area = DEMO_FORCE[0]!;
const team = area.neighbourhoods[0]!;

/**
 * How many newsletters the team's "monthly newsletter" standard counts this year, as the
 * engagement service judges it from the `newsletter.published` events it receives.
 */
async function newsletterEvidence(): Promise<number> {
  const officer: Actor = {
    kind: 'staff',
    id: stableId('staff', 'officer@demo.police.uk'),
    name: 'Demo officer',
    role: 'OFFICER',
    neighbourhoodId: team.id,
  };
  const { data, errors } = await graphql<{
    neighbourhood: { compliance: { standards: { standard: string; evidenceCount: number }[] } };
  }>(
    journey.stack.urls.gateway,
    `query($slug: String!) { neighbourhood(slug: $slug) {
      compliance(period: { kind: YEAR_TO_DATE, year: ${new Date().getUTCFullYear()} }) {
        standards { standard evidenceCount }
      }
    } }`,
    {
      token: await signAccessToken(officer, journey.stack.secrets.gatewayJwtSecret),
      variables: { slug: team.slug },
    },
  );
  expect(errors).toBeUndefined();
  return data!.neighbourhood.compliance.standards.find(
    ({ standard }) => standard === 'MONTHLY_NEWSLETTER',
  )!.evidenceCount;
}

const journey = usePortalJourney({ readsMail: true });
const { withoutJavaScript, asServedWithoutScripts } = journey;
const portal = () => journey.stack.urls.portal;

/** Every message the SMTP server accepted, parsed. */
const inbox = (): ParsedMail[] => journey.smtp.received.map(({ parsed }) => parsed);

type Check = (page: Page) => Promise<void>;
const noCheck: Check = async () => {};
const axe: Check = (page) => expectNoAxeViolations(page);

const mainText = async (page: Page) => (await page.getByRole('main').textContent()) ?? '';
const heading = async (page: Page) =>
  (await page.getByRole('heading', { level: 1 }).textContent())?.trim();

const recipients = (mail: ParsedMail): string[] =>
  [mail.to].flat().flatMap((to) => to?.value.map((address) => address.address ?? '') ?? []);

/** Waits for the first message to `to` whose subject matches, sent after `since` messages. */
async function mailTo(to: string, subject: RegExp, since = 0): Promise<ParsedMail> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const found = inbox()
      .slice(since)
      .find((mail) => recipients(mail).includes(to) && subject.test(mail.subject ?? ''));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `No mail to ${to} matching ${subject} (got: ${inbox()
      .map((m) => `${recipients(m).join()}: ${m.subject}`)
      .join('; ')})`,
  );
}

/** The portal link of a kind ("confirm", "manage", "unsubscribe") in a message's text. */
function linkIn(
  mail: ParsedMail,
  kind: 'confirm' | 'manage' | 'unsubscribe' | 'about-you',
): string {
  const text = `${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}`;
  const match = new RegExp(
    `https?://[^\\s"'<>]+/subscriptions/${kind}\\?token=[^\\s"'<>)\\]]+`,
  ).exec(text);
  if (!match) throw new Error(`No ${kind} link in "${mail.subject}":\n${mail.text}`);
  return match[0].replace(/&amp;/g, '&');
}

function header(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines.find((line) => line.key === name.toLowerCase())?.line;
}

/** The unsubscribe page a message's `List-Unsubscribe` header points to. */
function listUnsubscribeUrl(mail: ParsedMail): string {
  const url = /<(https?:[^>]+)>/.exec(header(mail, 'List-Unsubscribe') ?? '')?.[1];
  if (!url) throw new Error(`No List-Unsubscribe header on "${mail.subject}"`);
  return url;
}

/** From the team page to "Check your email", trying an empty form first. */
async function subscribe(page: Page, email: string, check: Check): Promise<void> {
  await page.goto(`${portal()}/neighbourhoods/${team.slug}`);
  await page.getByRole('link', { name: 'Get email updates from this team' }).click();
  expect(new URL(page.url()).pathname).toBe(`/neighbourhoods/${team.slug}/subscribe`);
  await check(page);

  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' }).count()).resolves.toBe(1);
  await expect(page.getByRole('link', { name: 'Enter your email address' }).count()).resolves.toBe(
    1,
  );
  // What was chosen is kept: the team is still ticked.
  expect(await page.getByLabel(team.name, { exact: true }).isChecked()).toBe(true);
  await check(page);

  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Invitations to events').check();
  await page.getByRole('button', { name: 'Subscribe' }).click();
  expect(new URL(page.url()).pathname).toBe('/subscriptions/check-your-email');
  expect(await heading(page)).toBe('Check your email');
  await check(page);
}

/** Opens the confirmation link (a GET that only asks) and confirms with the button. */
async function confirm(page: Page, email: string, check: Check): Promise<void> {
  const mail = await mailTo(email, /Confirm your email address/);
  await page.goto(linkIn(mail, 'confirm'));
  expect(await heading(page)).toBe('Confirm your subscription');
  await check(page);
  await page.getByRole('button', { name: 'Confirm my subscription' }).click();
  expect(await heading(page)).toBe('You are subscribed');
  expect(await mainText(page)).toContain(team.name);
  await check(page);
  // The page itself links to the choices, signed for this resident.
  await page.getByRole('link', { name: /^Change these choices/ }).click();
  expect(await heading(page)).toBe('Your email choices');
  expect(await mainText(page)).toContain(email);
}

/** Subscribe, confirm, manage (reached from the "already subscribed" mail), unsubscribe. */
async function residentJourney(context: BrowserContext, email: string, check: Check) {
  const page = await context.newPage();
  await subscribe(page, email, check);
  await confirm(page, email, check);

  // Signing up again answers the same, and mails the manage link instead of changing anything.
  const before = inbox().length;
  await subscribe(page, email, noCheck);
  const already = await mailTo(email, /already subscribed/i, before);

  await page.goto(linkIn(already, 'manage'));
  expect(await heading(page)).toBe('Your email choices');
  await check(page);
  await page.getByLabel('Large print').check();
  await page.getByRole('button', { name: 'Save my choices' }).click();
  expect(await mainText(page)).toContain('Your choices are saved.');
  expect(await page.getByLabel('Large print').isChecked()).toBe(true);
  await check(page);

  // The questions about themselves are not on the manage page (anyone a mail is forwarded to can
  // open it): a fresh link, mailed to the address, opens them.
  await expect(page.getByLabel('I agree to answer some questions about me').count()).resolves.toBe(
    0,
  );
  expect(await mainText(page)).toContain('You have not told us about yourself.');
  const sentBefore = inbox().length;
  await page.getByRole('button', { name: 'Email me a link to answer' }).click();
  expect(await mainText(page)).toContain(`We have emailed a link to ${email}.`);
  await check(page);
  const fresh = await mailTo(email, /see or change what you told us/i, sentBefore);
  await page.goto(linkIn(fresh, 'about-you'));
  expect(await heading(page)).toBe('What you told us about yourself');
  await page.getByLabel('I agree to answer some questions about me').check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  await expect(page.getByRole('heading', { name: 'There is a problem' }).count()).resolves.toBe(1);
  await check(page);
  await page.getByLabel('35 to 44').check();
  await page
    .getByRole('group', { name: 'What is your ethnic group?' })
    .getByLabel('Prefer not to say')
    .check();
  await page.getByLabel('No', { exact: true }).check();
  await page
    .getByRole('group', { name: 'What is your gender?' })
    .getByLabel('Prefer not to say')
    .check();
  await page.getByRole('button', { name: 'Save my answers' }).click();
  expect(await mainText(page)).toContain('Your answers have been saved.');
  await check(page);
  // The link worked once.
  await page.goto(linkIn(fresh, 'about-you'));
  expect(await heading(page)).toBe('This link has expired or has been used');
  // The manage link now says answers exist, without showing them, and can withdraw them.
  await page.goto(linkIn(already, 'manage'));
  expect(await mainText(page)).toContain('You have told us your age, ethnic group');
  await expect(page.getByLabel('35 to 44').count()).resolves.toBe(0);
  await page.getByRole('button', { name: 'Withdraw my answers' }).click();
  expect(await mainText(page)).toContain('Your answers about yourself have been deleted.');
  expect(await mainText(page)).toContain('You have not told us about yourself.');
  await page.goto(linkIn(already, 'manage'));

  // The manage page offers to unsubscribe; so does the RFC 8058 header's link, naming the address.
  await page.getByRole('link', { name: 'Unsubscribe from every email' }).click();
  expect(await heading(page)).toBe('Unsubscribe');
  await page.goto(listUnsubscribeUrl(already));
  expect(await heading(page)).toBe('Unsubscribe');
  expect(await mainText(page)).toContain(email);
  await check(page);
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  expect(await heading(page)).toBe('You are unsubscribed');
  expect(await mainText(page)).toContain(email);
  expect(await mainText(page)).toContain('Changed your mind?');
  await check(page);

  // "Delete my data" asks first, then erases for good.
  await page.goto(linkIn(already, 'manage'));
  expect(await mainText(page)).toContain('You are unsubscribed.');
  await page.getByRole('button', { name: 'Delete my details' }).click();
  expect(await mainText(page)).toContain('Are you sure you want to delete your details?');
  await check(page);
  await page.getByRole('button', { name: 'Yes, delete my details' }).click();
  expect(new URL(page.url()).pathname).toBe('/subscriptions/deleted');
  expect(await heading(page)).toBe('Your details are deleted');
  await check(page);
  await page.close();
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${portal()}/staff/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect(new URL(page.url()).pathname).toBe('/staff');
}

describe('a resident subscribing to their team', () => {
  it('subscribes from the team page, confirms from the email, changes their choices and unsubscribes (JavaScript off)', async () => {
    const context = await withoutJavaScript();
    await residentJourney(context, 'no-script.resident@example.com', noCheck);
    await context.close();
  }, 180_000);

  it('meets WCAG 2.2 AA on every page of the same journey (axe finds nothing)', async () => {
    const context = await asServedWithoutScripts();
    await residentJourney(context, 'axe.resident@example.com', axe);
    await context.close();
  }, 180_000);

  it('never confirms on a GET (mail scanners open links), and explains a broken link kindly', async () => {
    const context = await asServedWithoutScripts();
    const page = await context.newPage();
    await page.goto(`${portal()}/subscriptions/confirm?token=not-a-real-token`);
    expect(await heading(page)).toBe('Confirm your subscription');
    await page.getByRole('button', { name: 'Confirm my subscription' }).click();
    expect(await heading(page)).toBe('This link does not work any more');
    await axe(page);
    await page.goto(`${portal()}/subscriptions/manage?token=not-a-real-token`);
    expect(await heading(page)).toBe('This link does not work any more');
    await context.close();
  }, 180_000);
});

describe("a team's monthly newsletter", () => {
  const subscriber = 'newsletter.reader@example.com';
  const title = 'Castle news: what you told us, what we did';

  /** Set by the drafting test: the month of the issue it published. */
  let month = '';

  it('has a subscriber who confirmed before it is published', async () => {
    const resident = await withoutJavaScript();
    const page = await resident.newPage();
    await subscribe(page, subscriber, noCheck);
    await confirm(page, subscriber, noCheck);
    await resident.close();
  }, 180_000);

  it('is drafted by an officer, approved by a reviewer, published, and read in the public archive', async () => {
    // The officer drafts (checked by axe at every step: the pages as served without scripts).
    const officer = await asServedWithoutScripts();
    const page = await officer.newPage();
    await signIn(page, 'officer@demo.police.uk');
    await page.goto(`${portal()}/staff/teams/${team.slug}/priorities`);
    await page.getByRole('link', { name: 'Newsletters', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe(`/staff/teams/${team.slug}/newsletters`);
    await axe(page);
    await page.getByRole('button', { name: /^Start the .+ newsletter$/ }).click();
    expect(new URL(page.url()).pathname).toMatch(
      new RegExp(`^/staff/teams/${team.slug}/newsletters/\\d{4}-\\d{2}$`),
    );
    const issuePath = new URL(page.url()).pathname;
    month = issuePath.slice(-7);
    await axe(page);

    await page.getByLabel('Title', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('link', { name: 'Enter a title' }).count()).resolves.toBe(1);
    await axe(page);
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Introduction written by').selectOption({ index: 1 });
    await page
      .getByLabel('Introduction', { exact: true })
      .fill('<p>Thank you to everyone who came to the <strong>beat surgery</strong>.</p>');
    await page.getByLabel('Advice', { exact: true }).fill('<ul><li>Lock your shed.</li></ul>');
    await page.getByRole('button', { name: "Refresh from the team's priorities" }).click();
    expect(await mainText(page)).toContain("Draft saved, with the team's priorities");

    await page.getByRole('link', { name: 'Preview as a web page and as an email' }).click();
    expect(await mainText(page)).toContain('beat surgery');
    await axe(page);
    await page.getByRole('link', { name: 'Back to the newsletter' }).click();
    await page.getByRole('button', { name: 'Save and send for review' }).click();
    expect(await mainText(page)).toContain('Waiting for review');
    await axe(page);

    // The reviewer approves (JavaScript off), after axe has checked the queue and the issue.
    const reviewerAxe = await asServedWithoutScripts();
    const reviewPage = await reviewerAxe.newPage();
    await signIn(reviewPage, 'reviewer@demo.police.uk');
    await reviewPage.getByRole('link', { name: 'Newsletters to review' }).click();
    await axe(reviewPage);
    await reviewPage.getByRole('link', { name: title }).click();
    await axe(reviewPage);
    await reviewerAxe.close();

    const reviewer = await withoutJavaScript();
    const reviewerPage = await reviewer.newPage();
    await signIn(reviewerPage, 'reviewer@demo.police.uk');
    await reviewerPage.getByRole('link', { name: 'Newsletters to review' }).click();
    await reviewerPage.getByRole('link', { name: title }).click();
    await reviewerPage.getByRole('button', { name: 'Ask for changes' }).click();
    await expect(
      reviewerPage.getByRole('link', { name: 'Say what needs to change' }).count(),
    ).resolves.toBe(1);
    await reviewerPage.getByRole('button', { name: 'Approve' }).click();
    expect(new URL(reviewerPage.url()).pathname).toBe('/staff/newsletters/review');
    await reviewer.close();

    // The officer publishes now; the page shows the sending.
    const evidenceBefore = await newsletterEvidence();
    await page.goto(`${portal()}${issuePath}`);
    expect(await mainText(page)).toContain('Approved');
    await axe(page);
    await page.getByLabel('Now', { exact: true }).check();
    await page.getByRole('button', { name: 'Publish newsletter' }).click();
    expect(await mainText(page)).toContain('Published');
    await axe(page);
    await officer.close();

    // The "monthly newsletter" standard counts it, through the event engagement receives.
    const deadline = Date.now() + 20_000;
    let evidence = await newsletterEvidence();
    while (evidence === evidenceBefore && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      evidence = await newsletterEvidence();
    }
    expect(evidence).toBe(evidenceBefore + 1);

    // In the public archive, newest first, as a web page and a print layout.
    const resident = await withoutJavaScript();
    const residentPage = await resident.newPage();
    await residentPage.goto(`${portal()}/neighbourhoods/${team.slug}`);
    await residentPage.getByRole('link', { name: "Read all of the team's newsletters" }).click();
    await residentPage.getByRole('link', { name: title }).click();
    expect(new URL(residentPage.url()).pathname).toBe(
      `/neighbourhoods/${team.slug}/newsletters/${month}`,
    );
    expect(await mainText(residentPage)).toContain('beat surgery');
    await residentPage.getByRole('link', { name: 'Print this newsletter' }).click();
    expect(await heading(residentPage)).toBe(title);
    await resident.close();

    const reader = await asServedWithoutScripts();
    const readerPage = await reader.newPage();
    for (const path of [
      `/neighbourhoods/${team.slug}`,
      `/neighbourhoods/${team.slug}/newsletters`,
      `/neighbourhoods/${team.slug}/newsletters/${month}`,
      `/neighbourhoods/${team.slug}/newsletters/${month}/print`,
    ]) {
      await readerPage.goto(`${portal()}${path}`);
      await axe(readerPage);
    }
    await reader.close();
  }, 180_000);

  it('reaches the confirmed subscriber, with RFC 8058 one-click unsubscribe that works from a mail provider', async () => {
    expect(month).not.toBe('');
    // The confirmed subscriber gets it, with RFC 8058 one-click unsubscribe.
    const mail = await mailTo(subscriber, new RegExp(title.slice(0, 20)));
    const oneClick = listUnsubscribeUrl(mail);
    expect(oneClick).toMatch(/\/subscriptions\/unsubscribe\?token=/);
    // RFC 8058 one-click needs an https link: this test's portal is plain http, so the service
    // offers the link without claiming one-click. A provider may still POST, and that must work.
    expect(header(mail, 'List-Unsubscribe-Post')).toBe(
      oneClick.startsWith('https:')
        ? 'List-Unsubscribe-Post: List-Unsubscribe=One-Click'
        : undefined,
    );

    // A mail provider's one-click POST: from its own server, no Origin, no cookies.
    const response = await fetch(oneClick, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);

    // The same kind of POST anywhere else is still refused as cross-site.
    const forged = await fetch(`${portal()}/subscriptions/manage?token=x`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'confirm=yes',
    });
    expect(forged.status).toBe(403);
  }, 180_000);
});
