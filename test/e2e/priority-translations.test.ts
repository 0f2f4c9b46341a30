import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_STAFF_PASSWORD } from '@engage/shared';
import { axeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

const journey = usePortalJourney();
const { withoutJavaScript, asServedWithoutScripts } = journey;

/** The demo officer's team (README: officer@demo.police.uk polices the first team of the first NPA). */
const team = DEMO_FORCE[0]!.neighbourhoods[0]!;

async function signInAsOfficer(page: Page): Promise<void> {
  await page.goto(`${journey.stack.urls.portal}/staff/sign-in`);
  await page.getByLabel('Email address').fill('officer@demo.police.uk');
  await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect(new URL(page.url()).pathname).toBe('/staff');
}

/** A resident who chose `locale` from the language list (the portal keeps it in a cookie). */
async function residentReading(context: BrowserContext, locale: string): Promise<Page> {
  const { portal } = journey.stack.urls;
  await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: locale, url: portal }]);
  const page = await context.newPage();
  await page.goto(`${portal}/neighbourhoods/${team.slug}`);
  return page;
}

const title = 'Litter round the bus station';
const said = 'Bins overflow at the weekend and rubbish blows into the road.';
const weDid = 'We asked the council to empty the bins on Saturdays too.';
const urduTitle = 'بس اسٹیشن کے آس پاس کوڑا';
const urduSaid = 'ہفتے کے آخر میں کوڑے دان بھر جاتے ہیں۔';
/** The priority's staff page, once the first test has made it. */
let priorityPage = '';

describe('an officer translating a priority for residents', () => {
  it('adds an Urdu translation without JavaScript; Urdu readers see it, Polish readers the English with a note', async () => {
    const context = await withoutJavaScript();
    const page = await context.newPage();
    await signInAsOfficer(page);
    await page.goto(`${journey.stack.urls.portal}/staff/teams/${team.slug}/priorities/new`);
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('What did local people say?').fill(said);
    await page.getByLabel('At a community meeting').check();
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page.getByLabel('What did the team do?').fill(weDid);
    await page.getByRole('button', { name: 'Add update' }).click();
    await page.getByRole('button', { name: 'Publish' }).click();
    priorityPage = new URL(page.url()).pathname;

    // The first "Translate into" is the priority's own; the others are its updates'.
    await page.getByLabel('Translate into').first().selectOption('ur');
    await page.getByRole('button', { name: 'Translate', exact: true }).first().click();
    expect(new URL(page.url()).searchParams.get('translate')).toBe('ur');
    const urduTitleField = page.getByLabel('Title in Urdu');
    await expect(urduTitleField.getAttribute('lang')).resolves.toBe('ur');
    await expect(urduTitleField.getAttribute('dir')).resolves.toBe('rtl');

    // Nothing typed in "You said": asked again, with the title kept.
    await urduTitleField.fill(urduTitle);
    await page.getByRole('button', { name: 'Save translation' }).click();
    await expect(
      page.getByRole('link', { name: 'Enter what local people said' }).count(),
    ).resolves.toBe(1);
    await expect(page.getByLabel('Title in Urdu').inputValue()).resolves.toBe(urduTitle);
    await page.getByLabel('“You said” in Urdu').fill(urduSaid);
    await page.getByRole('button', { name: 'Save translation' }).click();
    expect(new URL(page.url()).pathname).toBe(priorityPage);
    const translations = page.locator('section[aria-labelledby="translations"]');
    expect(await translations.textContent()).toContain('Urdu');

    const resident = await withoutJavaScript();
    const inUrdu = await residentReading(resident, 'ur');
    await expect(inUrdu.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    const urduHeading = inUrdu.getByRole('heading', { name: urduTitle });
    await expect(urduHeading.getAttribute('lang')).resolves.toBeNull();
    const card = inUrdu.locator('li.card', { has: urduHeading });
    await expect(card.getByText(urduSaid).count()).resolves.toBe(1);
    // Its "We did" is not translated: the English, marked as English, after a note.
    const english = card.getByText(weDid);
    await expect(english.getAttribute('lang')).resolves.toBe('en-GB');
    await expect(english.getAttribute('dir')).resolves.toBe('ltr');
    await expect(card.locator('.untranslated-note').count()).resolves.toBe(1);

    const inPolish = await residentReading(resident, 'pl');
    const polishHeading = inPolish.getByRole('heading', { name: title });
    await expect(polishHeading.getAttribute('lang')).resolves.toBe('en-GB');
    const polishCard = inPolish.locator('li.card', { has: polishHeading });
    await expect(polishCard.locator('.untranslated-note').count()).resolves.toBe(2);
    await resident.close();

    // Removing asks first; then Urdu readers get the English again.
    // A regular expression: the hidden ": Urdu" is absolutely positioned, so a block, and the
    // accessible name has a space before it.
    await page.getByRole('button', { name: /^Remove\b.*Urdu/ }).click();
    await page.getByRole('button', { name: 'Remove translation' }).click();
    await expect(page.getByRole('button', { name: /^Remove\b.*Urdu/ }).count()).resolves.toBe(0);
    const again = await withoutJavaScript();
    const inUrduAgain = await residentReading(again, 'ur');
    await expect(
      inUrduAgain.getByRole('heading', { name: title }).getAttribute('lang'),
    ).resolves.toBe('en-GB');
    await again.close();
    await context.close();
    // A dozen pages without JavaScript, each a full server round trip: more than the default.
  }, 120_000);

  it('has no accessibility violations on the staff form or the Urdu team page', async () => {
    const context = await asServedWithoutScripts();
    const page = await context.newPage();
    await signInAsOfficer(page);
    expect(priorityPage).not.toBe('');
    await page.goto(`${journey.stack.urls.portal}${priorityPage}?translate=ar#translation-form`);
    await expect(page.getByLabel('Title in Arabic').getAttribute('dir')).resolves.toBe('rtl');
    expect(await axeViolations(page)).toEqual([]);

    const resident = await asServedWithoutScripts();
    const inUrdu = await residentReading(resident, 'ur');
    expect(await axeViolations(inUrdu)).toEqual([]);
    await resident.close();
    await context.close();
  }, 60_000);
});
