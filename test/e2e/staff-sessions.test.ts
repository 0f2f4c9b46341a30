import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_STAFF_PASSWORD } from '@engage/shared';
import { usePortalJourney } from '../support/portal-journey.ts';

const journey = usePortalJourney();
const team = DEMO_FORCE[0]!.neighbourhoods[0]!;
/** Each journey signs in through the whole stack, several times: 10–20 s on a busy machine. */
const JOURNEY = { timeout: 60_000 };
const url = (path: string) => `${journey.stack.urls.portal}${path}`;

async function signIn(page: Page, email: string, password = DEMO_STAFF_PASSWORD): Promise<void> {
  await trySignIn(page, email, password);
  await page.waitForURL(url('/staff'));
}

async function trySignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(url('/staff/sign-in'));
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState('networkidle');
}

const pathOf = (page: Page) => new URL(page.url()).pathname;
const mainText = async (page: Page) => (await page.getByRole('main').textContent()) ?? '';

/**
 * Auth.js's own sign-in route, posted to as a script would. (Its CSRF token is off under SvelteKit:
 * the portal refuses form posts from other origins instead, so this one comes from ours.)
 */
async function signInThroughAuthJs(context: BrowserContext, email: string, password: string) {
  const response = await context.request.post(url('/auth/callback/credentials'), {
    form: { email, password, callbackUrl: url('/staff') },
    headers: { origin: journey.stack.urls.portal },
    maxRedirects: 0,
  });
  return new URL(response.headers()['location'] ?? '', url('/'));
}

const hasSession = async (context: BrowserContext) =>
  (await context.cookies()).some((cookie) => cookie.name.endsWith('authjs.session-token'));

describe('a member of staff signing out', JOURNEY, () => {
  it('ends the session on the server: a copy of the cookie taken before signing out is refused after', async () => {
    const own = await journey.browser.newContext({ locale: 'en-GB' });
    const page = await own.newPage();
    await signIn(page, 'officer@demo.police.uk');

    const thief = await journey.browser.newContext({ locale: 'en-GB' });
    await thief.addCookies(await own.cookies());
    const stolen = await thief.newPage();
    await stolen.goto(url('/staff'));
    expect(pathOf(stolen)).toBe('/staff');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(url('/'));

    await stolen.goto(url('/staff'));
    expect(pathOf(stolen)).toBe('/staff/sign-in');
    await own.close();
    await thief.close();
  });

  it("ends it through Auth.js's own sign-out route too, and never shows the browser the session's token", async () => {
    const own = await journey.browser.newContext({ locale: 'en-GB' });
    await signIn(await own.newPage(), 'admin@demo.police.uk');
    const copied = await own.cookies();
    const session = await (await own.request.get(url('/auth/session'))).text();
    expect(session).not.toMatch(/sessionToken|token/i);

    await own.request.post(url('/auth/signout'), {
      form: { callbackUrl: url('/') },
      headers: { origin: journey.stack.urls.portal },
      maxRedirects: 0,
    });

    const thief = await journey.browser.newContext({ locale: 'en-GB' });
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto(url('/staff'));
    expect(pathOf(stolen)).toBe('/staff/sign-in');
    await own.close();
    await thief.close();
  });
});

describe("the portal's pages under a Content-Security-Policy", JOURNEY, () => {
  it('sends the policy and the other security headers on public and staff pages', async () => {
    const visitor = await journey.browser.newContext({ locale: 'en-GB' });
    const admin = await journey.browser.newContext({ locale: 'en-GB' });
    await signIn(await admin.newPage(), 'admin@demo.police.uk');
    const pages = [
      { path: '/', as: visitor },
      { path: `/neighbourhoods/${team.slug}`, as: visitor },
      { path: '/staff/sign-in', as: visitor },
      { path: '/staff', as: admin },
      { path: `/staff/teams/${team.slug}/compliance`, as: admin },
    ];

    for (const { path, as } of pages) {
      const response = await as.request.get(url(path), { maxRedirects: 0 });
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc, path).toMatch(/'nonce-[\w+/=]+'/);
      expect(scriptSrc, path).not.toContain('unsafe-inline');
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], path).toContain('camera=()');
    }
    await visitor.close();
    await admin.close();
  });

  it('reports no violation in Chromium on the home, team, sign-in and staff pages, and the app still hydrates', async () => {
    const context = await journey.browser.newContext({ locale: 'en-GB' });
    // Added by the browser's own protocol, so the policy under test cannot block it.
    // A string, not a function: this package compiles without the DOM's types.
    await context.addInitScript(`
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI));
    `);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) {
        problems.push(`${pathOf(page)}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`${pathOf(page)}: ${error.message}`));
    const violations = () => page.evaluate<string[]>('window.cspViolations');

    await page.goto(url('/'));
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    // Hydrated: a link is followed by SvelteKit's router (a data request), not by a new page.
    const documents: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'document') documents.push(request.url());
    });
    const data = page.waitForRequest((request) => request.url().includes('__data.json'));
    await page.getByRole('link', { name: 'Browse all policing areas' }).click();
    await data;
    expect(documents).toEqual([]);

    for (const path of [`/neighbourhoods/${team.slug}`, '/staff/sign-in']) {
      await page.goto(url(path));
      await page.waitForLoadState('networkidle');
      expect(await violations(), path).toEqual([]);
    }
    await signIn(page, 'admin@demo.police.uk');
    for (const path of ['/staff', `/staff/teams/${team.slug}/compliance`]) {
      await page.goto(url(path));
      await page.waitForLoadState('networkidle');
      expect(pathOf(page)).toBe(path);
      expect(await violations(), path).toEqual([]);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});

// Last: these lock accounts, and use up this machine's (127.0.0.1's) allowance of failures.
describe('signing in after many wrong passwords', JOURNEY, () => {
  it('through our sign-in form: the right password after a run of wrong ones is refused, with when to try again', async () => {
    const context = await journey.browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' });
    const page = await context.newPage();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await trySignIn(page, 'reviewer@demo.police.uk', `guess number ${attempt}`);
    }

    await trySignIn(page, 'reviewer@demo.police.uk', DEMO_STAFF_PASSWORD);

    expect(pathOf(page)).toBe('/staff/sign-in');
    expect(await mainText(page)).toContain('Too many attempts. Try again in 15 minutes.');
    expect(await mainText(page)).not.toContain('password is not correct');
    expect(await hasSession(context)).toBe(false);
    await context.close();
  });

  it("through Auth.js's own route: the same check, and the same message on the page it returns to", async () => {
    const context = await journey.browser.newContext({ locale: 'en-GB' });
    const signedIn = await signInThroughAuthJs(
      context,
      'commander@demo.police.uk',
      DEMO_STAFF_PASSWORD,
    );
    expect(signedIn.pathname).toBe('/staff');
    await context.clearCookies();

    for (let attempt = 0; attempt < 5; attempt += 1) {
      await signInThroughAuthJs(context, 'analyst@demo.police.uk', `guess number ${attempt}`);
    }
    const refused = await signInThroughAuthJs(
      context,
      'analyst@demo.police.uk',
      DEMO_STAFF_PASSWORD,
    );

    expect(refused.pathname).toBe('/staff/sign-in');
    expect(refused.searchParams.get('code')).toBe('too_many_attempts_15');
    expect(await hasSession(context)).toBe(false);
    const page = await context.newPage();
    await page.goto(refused.href);
    expect(await mainText(page)).toContain('Too many attempts. Try again in 15 minutes.');
    await context.close();
  });
});
