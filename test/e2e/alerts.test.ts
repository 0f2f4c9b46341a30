import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_STAFF_PASSWORD } from '@engage/shared';
import { axeViolations, formatViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

/**
 * "News and updates": an officer writes an alert to the team's subscribers, a reviewer approves
 * it (the demo force has alerts reviewed), and each subscriber who wants updates gets it once;
 * the NPA's commander sends an urgent one to the whole area without review, and emails a weekly
 * update. The product runs as `pnpm start` runs it (demo data seeded: three residents a team,
 * the third following the whole NPA), mailing a real SMTP server; the pages are used in Chromium
 * with JavaScript off, and checked on a 375 px phone by axe.
 */

const area = DEMO_FORCE[0]!;
const team = area.neighbourhoods[0]!;
const neighbourTeam = area.neighbourhoods[1]!;
const otherArea = DEMO_FORCE[1]!;

const journey = usePortalJourney({ readsMail: true });
const portal = () => journey.stack.urls.portal;
const PHONE = { width: 375, height: 812 };

const mainText = async (page: Page) => (await page.getByRole('main').textContent()) ?? '';
const recipients = (mail: ParsedMail): string[] =>
  [mail.to].flat().flatMap((to) => to?.value.map((address) => address.address ?? '') ?? []);

/**
 * Every message about this alert (its subject ends with the title, in English or Welsh: one
 * demo resident in five reads Welsh), by recipient, once the expected ones have all arrived.
 */
async function mailsAbout(title: string, expected: string[]): Promise<Map<string, number>> {
  const count = () => {
    const byRecipient = new Map<string, number>();
    for (const { parsed } of journey.smtp.received) {
      if (!parsed.subject?.endsWith(`: ${title}`)) continue;
      for (const to of recipients(parsed)) byRecipient.set(to, (byRecipient.get(to) ?? 0) + 1);
    }
    return byRecipient;
  };
  const deadline = Date.now() + 60_000;
  while (!expected.every((to) => count().has(to))) {
    if (Date.now() > deadline)
      throw new Error(`Not everyone got "${title}": ${[...count().keys()]}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // A second copy would come within the worker's next rounds: wait a few of them.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  return count();
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${portal()}/staff/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect(new URL(page.url()).pathname).toBe('/staff');
}

async function staffWithoutJavaScript(email: string): Promise<Page> {
  const page = await (await journey.withoutJavaScript()).newPage();
  await signIn(page, email);
  return page;
}

/** On a phone, as served without the app's scripts (axe needs JavaScript of its own). */
async function phoneProblems(email: string, path: string): Promise<string[]> {
  const context = await journey.asServedWithoutScripts();
  const page = await context.newPage();
  await page.setViewportSize(PHONE);
  await signIn(page, email);
  const response = await page.goto(`${portal()}${path}`);
  const problems: string[] = [];
  if (response?.status() !== 200) problems.push(`${path}: status ${response?.status()}`);
  const width = await page.evaluate<number>('document.documentElement.scrollWidth');
  if (width > PHONE.width) problems.push(`${path} is ${width} px wide on a 375 px phone`);
  const violations = await axeViolations(page);
  if (violations.length > 0) problems.push(`${path}:\n${formatViolations(violations)}`);
  await context.close();
  return problems;
}

/** The demo's residents of a team: two follow it, the third follows the team's whole NPA. */
const direct = (slug: string) => [1, 2].map((n) => `resident${n}.${slug}@example.org`);
const npaWide = (slugs: readonly { slug: string }[]) =>
  slugs.map(({ slug }) => `resident3.${slug}@example.org`);

describe('an officer’s alert to the team’s subscribers', () => {
  it('is written, sent for review, approved, and reaches each subscriber who wants updates once (JavaScript off)', async () => {
    const officer = await staffWithoutJavaScript('officer@demo.police.uk');
    await officer.getByRole('link', { name: `Alerts to ${team.name}’s subscribers` }).click();
    expect(new URL(officer.url()).pathname).toBe(`/staff/teams/${team.slug}/alerts`);
    expect(await mainText(officer)).toContain('A reviewer approves each alert before it is sent.');

    // An empty form: the problems are listed, and each is said beside its field.
    await officer.getByRole('button', { name: 'Send for review', exact: true }).click();
    await expect(
      officer.getByRole('heading', { name: 'There is a problem' }).count(),
    ).resolves.toBe(1);
    await expect(officer.locator('#title-error').textContent()).resolves.toContain('Enter a title');
    await expect(officer.locator('#body-error').textContent()).resolves.toContain(
      'Enter your message',
    );

    const title = 'Bike thefts near the station';
    await officer.getByLabel('Title').fill(title);
    await officer.getByLabel('Message').fill('Six bikes were taken this week.\nUse a D-lock.');
    await officer.getByLabel('Link (optional)').fill('https://www.example.police.uk/bikes');
    await officer.getByRole('button', { name: 'Send for review', exact: true }).click();
    expect(await mainText(officer)).toContain(`“${title}” is waiting for review.`);
    expect(await mainText(officer)).toContain('Waiting for review');

    const reviewer = await staffWithoutJavaScript('reviewer@demo.police.uk');
    await reviewer.getByRole('link', { name: 'Alerts waiting for review' }).click();
    expect(await mainText(reviewer)).toContain(title);
    await reviewer
      .getByRole('article')
      .filter({ hasText: title })
      .getByRole('button', { name: /^Approve and send/ })
      .click();
    expect(await mainText(reviewer)).toContain(`“${title}” is on its way.`);

    const expected = [...direct(team.slug), ...npaWide(area.neighbourhoods)];
    const got = await mailsAbout(title, expected);
    const english = journey.smtp.mailsTo(direct(team.slug)[0]!).map(({ parsed }) => parsed.subject);
    expect(english).toContain(`News from ${team.name}: ${title}`);
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected.map((to) => [to, 1])));
    // Nobody who follows only another team, or another NPA, was written to.
    expect(got.has(direct(neighbourTeam.slug)[0]!)).toBe(false);
    expect(got.has(npaWide(otherArea.neighbourhoods)[0]!)).toBe(false);

    await officer.reload();
    expect(await mainText(officer)).toContain('Sent on');
    await officer.context().close();
    await reviewer.context().close();
  }, 180_000);
});

describe('the NPA commander', () => {
  it('sends an urgent alert to the whole area without review, after saying yes (JavaScript off)', async () => {
    const commander = await staffWithoutJavaScript('commander@demo.police.uk');
    await commander.getByRole('link', { name: `Alerts to everyone in ${area.name}` }).click();
    expect(new URL(commander.url()).pathname).toBe(`/staff/areas/${area.slug}/alerts`);

    const title = 'Road closed after a collision';
    await commander.getByLabel('Title').fill(title);
    await commander
      .getByLabel('Message')
      .fill('The ring road is closed both ways. Avoid the area.');
    await commander
      .getByRole('button', { name: 'Send urgently, without review', exact: true })
      .click();
    // Nothing is sent until the commander says yes.
    expect(await mainText(commander)).toContain(`Send “${title}” now, without review?`);
    await commander.getByRole('button', { name: 'Yes, send it now' }).click();
    expect(await mainText(commander)).toContain(`“${title}” is on its way.`);

    const everyone = [
      ...area.neighbourhoods.flatMap((each) => direct(each.slug)),
      ...npaWide(area.neighbourhoods),
    ];
    const got = await mailsAbout(title, everyone);
    const english = journey.smtp.mailsTo(direct(team.slug)[0]!).map(({ parsed }) => parsed.subject);
    expect(english).toContain(`Urgent from ${area.name}: ${title}`);
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(everyone.map((to) => [to, 1])));
    await commander.context().close();
  }, 180_000);

  it('emails the weekly update to the area’s subscribers when the box is ticked', async () => {
    const commander = await staffWithoutJavaScript('commander@demo.police.uk');
    await commander.goto(`${portal()}/staff/areas/${area.slug}/updates`);
    const title = 'Week 49 in the city centre';
    await commander.getByLabel('Title').fill(title);
    await commander.getByLabel('Your update', { exact: true }).fill('We held six beat surgeries.');
    await commander
      .getByLabel('Also email this to the area’s subscribers who want updates')
      .check();
    await commander.getByRole('button', { name: 'Post update' }).click();
    expect(await mainText(commander)).toContain('It is being emailed');

    const everyone = [
      ...area.neighbourhoods.flatMap((each) => direct(each.slug)),
      ...npaWide(area.neighbourhoods),
    ];
    const got = await mailsAbout(title, everyone);
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(everyone.map((to) => [to, 1])));
    await commander.context().close();
  }, 180_000);
});

describe('the alert pages', () => {
  it('fit a 375 px phone and axe finds nothing on them', async () => {
    const problems = [
      ...(await phoneProblems('officer@demo.police.uk', `/staff/teams/${team.slug}/alerts`)),
      ...(await phoneProblems('commander@demo.police.uk', `/staff/areas/${area.slug}/alerts`)),
      ...(await phoneProblems('commander@demo.police.uk', `/staff/areas/${area.slug}/updates`)),
      ...(await phoneProblems('reviewer@demo.police.uk', '/staff/alerts/review')),
      ...(await phoneProblems('officer@demo.police.uk', '/staff')),
    ];
    expect(problems).toEqual([]);
  }, 180_000);
});
