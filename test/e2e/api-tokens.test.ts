import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_STAFF_PASSWORD, withClient } from '@engage/shared';
import { expectNoAxeViolations } from '../support/browser.ts';
import { usePortalJourney } from '../support/portal-journey.ts';

/**
 * The confidence query computes every NPA × round × age band with its suppression; on a 2-core
 * machine shared with other suites it can pass the gateway's 8 seconds, which is not what this
 * test is about (gateway/test/limits.test.ts is).
 */
const journey = usePortalJourney({ env: { GATEWAY_EXECUTION_TIMEOUT_MS: '60000' } });
const JOURNEY = { timeout: 120_000 };
const run = promisify(execFile);
const url = (path: string) => `${journey.stack.urls.portal}${path}`;
const mainText = async (page: Page) => (await page.getByRole('main').textContent()) ?? '';

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(url('/staff/sign-in'));
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(url('/staff'));
}

/** Makes a token on /staff/tokens as a person would, and reads the secret the page shows once. */
async function makeToken(page: Page, name: string, days: string): Promise<string> {
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Days until it expires').fill(days);
  await page.getByRole('button', { name: 'Make token' }).click();
  await page.getByRole('heading', { name: `Your new token: ${name}` }).waitFor();
  return (await page.locator('#token-secret').textContent())?.trim() ?? '';
}

/** A code block of docs/analysts.md, found by the marker the docs put before it. */
async function documented(marker: 'curl' | 'python'): Promise<string> {
  const docs = await readFile(new URL('../../docs/analysts.md', import.meta.url), 'utf8');
  const block = new RegExp(`<!-- docs-test: ${marker} -->\\s*\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(
    docs,
  )?.[1];
  if (!block) throw new Error(`docs/analysts.md has no ${marker} example where this test looks.`);
  return block;
}

async function withToken(secret: string, query: string) {
  const response = await fetch(journey.stack.urls.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    ...((await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string } }[];
    }),
  };
}

describe('an analyst’s personal API token', JOURNEY, () => {
  it('is made in the staff area and shown once, answers the documented curl and Python examples, cannot change anything, stops at once when revoked, and the admin sees every call', async () => {
    const context = await journey.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, 'analyst@demo.police.uk');
    await page.getByRole('link', { name: 'Your API tokens' }).click();
    await page.waitForURL(url('/staff/tokens'));
    expect(await mainText(page)).toContain('You have no API tokens yet.');
    await expectNoAxeViolations(page);

    // Longer than 90 days: refused beside the field, with the name kept.
    await page.getByLabel('Name').fill('Python notebook');
    await page.getByLabel('Days until it expires').fill('120');
    await page.getByRole('button', { name: 'Make token' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.locator('#expiresInDays-error').textContent()).toContain(
      'A token must expire between 1 and 90 days from now.',
    );
    expect(await page.getByLabel('Name').inputValue()).toBe('Python notebook');
    await expectNoAxeViolations(page);

    const secret = await makeToken(page, 'Python notebook', '30');
    expect(secret).toMatch(/^nlk_[\w-]{43}$/);
    expect(await mainText(page)).toContain('It will not be shown again.');
    await expectNoAxeViolations(page);

    // Seen once: the next visit lists the token, never its secret.
    await page.goto(url('/staff/tokens'));
    const table = await page.getByRole('table').textContent();
    expect(table).toContain('Python notebook');
    expect(table).toContain('Never');
    expect(await page.content()).not.toContain(secret);

    // The documented examples, run as written, against the real gateway.
    const env = { ...process.env, NL_GATEWAY: journey.stack.urls.gateway, NL_TOKEN: secret };
    const curl = await run('bash', ['-c', await documented('curl')], { env });
    const answer = JSON.parse(curl.stdout) as {
      data: { confidenceScores: { policingAreaName: string; group: string }[] };
    };
    expect(answer.data.confidenceScores.length).toBeGreaterThan(0);
    expect(new Set(answer.data.confidenceScores.map((cell) => cell.group)).size).toBeGreaterThan(1);

    const folder = await mkdtemp(join(tmpdir(), 'analysts-docs-'));
    await writeFile(join(folder, 'confidence.py'), await documented('python'));
    const python = await run('python3', [join(folder, 'confidence.py')], { env });
    const rows = python.stdout.trim().split(/\r?\n/);
    expect(rows[0]).toBe('round,npa,age_band,confidence,lower,upper,respondents');
    expect(rows.length).toBe(answer.data.confidenceScores.length + 1);

    // Read-only: a mutation with the token is refused.
    const mutation = await withToken(
      secret,
      'mutation MakeAnother { createApiToken(name: "from a script") { secret } }',
    );
    expect(mutation.status).toBe(403);
    expect(mutation.errors?.[0]?.message).toMatch(/API tokens are read-only/);

    // Last used, now.
    await page.goto(url('/staff/tokens'));
    expect(await page.getByRole('table').textContent()).not.toContain('Never');

    // Revoked after "Are you sure?"; refused on the very next request.
    await page.getByRole('button', { name: /^Revoke\W+Python notebook$/ }).click();
    await page.getByRole('heading', { name: 'Revoke the token “Python notebook”?' }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Yes, revoke it' }).click();
    await page.getByText('The token has been revoked. It no longer works.').waitFor();
    expect(await page.getByRole('table').textContent()).toContain('Revoked');
    const afterRevoking = await withToken(secret, '{ me { name } }');
    expect(afterRevoking.status).toBe(401);
    expect(afterRevoking.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await context.close();

    // The admin sees both documented calls, and the refused mutation, in the audit log.
    const adminContext = await journey.browser.newContext({ locale: 'en-GB' });
    const admin = await adminContext.newPage();
    await signIn(admin, 'admin@demo.police.uk');
    await admin.getByRole('link', { name: 'API token audit log' }).click();
    await admin.waitForURL(url('/staff/audit/api'));
    const log = await admin.getByRole('table').textContent();
    expect(log?.match(/ConfidenceByAreaAndAge/g)).toHaveLength(2);
    expect(log).toContain('MakeAnother');
    expect(log).toContain('Refused');
    expect(log).toContain('Python notebook');
    await expectNoAxeViolations(admin);
    await adminContext.close();
  });

  it('works without JavaScript: made, shown once, and revoked after asking', async () => {
    const context = await journey.withoutJavaScript();
    const page = await context.newPage();
    await signIn(page, 'admin@demo.police.uk');
    await page.goto(url('/staff/tokens'));
    const secret = await makeToken(page, 'No scripts', '7');
    expect(secret).toMatch(/^nlk_/);
    expect((await withToken(secret, '{ me { role } }')).data).toEqual({ me: { role: 'ADMIN' } });

    await page.getByRole('button', { name: /^Revoke\W+No scripts$/ }).click();
    await page.getByRole('button', { name: 'Yes, revoke it' }).click();
    await page.getByText('The token has been revoked. It no longer works.').waitFor();
    expect((await withToken(secret, '{ me { role } }')).status).toBe(401);
    await context.close();
  });

  it('can be revoked by an admin from everyone’s tokens', async () => {
    const analystContext = await journey.withoutJavaScript();
    const analyst = await analystContext.newPage();
    await signIn(analyst, 'analyst@demo.police.uk');
    await analyst.goto(url('/staff/tokens'));
    const secret = await makeToken(analyst, 'Team dashboard', '30');
    await analystContext.close();

    const adminContext = await journey.browser.newContext({ locale: 'en-GB' });
    const admin = await adminContext.newPage();
    await signIn(admin, 'admin@demo.police.uk');
    await admin.goto(url('/staff/tokens'));
    await admin.getByRole('button', { name: /^Revoke\W+Team dashboard \(Daniel Novak\)$/ }).click();
    await admin.getByRole('heading', { name: 'Revoke the token “Team dashboard”?' }).waitFor();
    await expectNoAxeViolations(admin);
    await admin.getByRole('button', { name: 'Yes, revoke it' }).click();
    await admin.getByText('The token has been revoked. It no longer works.').waitFor();
    expect((await withToken(secret, '{ me { name } }')).status).toBe(401);
    await adminContext.close();
  });

  it('stops working when it expires', async () => {
    const context = await journey.withoutJavaScript();
    const page = await context.newPage();
    await signIn(page, 'analyst@demo.police.uk');
    await page.goto(url('/staff/tokens'));
    const secret = await makeToken(page, 'Short lived', '1');
    expect((await withToken(secret, '{ me { name } }')).status).toBe(200);

    await withClient(journey.stack.databaseUrl, (client) =>
      client.query(
        `update engagement.api_token set expires_at = now() - interval '1 second' where name = 'Short lived'`,
      ),
    );
    const expired = await withToken(secret, '{ me { name } }');
    expect(expired.status).toBe(401);
    expect(expired.errors?.[0]?.message).toMatch(/expired/);
    await context.close();
  });

  it('is not offered to an officer, whose visit to the page is refused', async () => {
    const context = await journey.withoutJavaScript();
    const page = await context.newPage();
    await signIn(page, 'officer@demo.police.uk');
    expect(await page.getByRole('link', { name: 'Your API tokens' }).count()).toBe(0);
    const response = await page.goto(url('/staff/tokens'));
    expect(response?.status()).toBe(403);
    expect((await page.goto(url('/staff/audit/api')))?.status()).toBe(403);
    await context.close();
  });
});
