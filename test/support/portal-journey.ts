import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startSmtpTestServer, type SmtpTestServer } from '@engage/shared/testing';
import { buildPortal } from '@engage/infra/build-portal';
import { launchBrowser } from './browser.ts';
import { bootStack, type TestStack } from './stack.ts';

export interface PortalJourney {
  /** The product as `pnpm start` runs it, with the portal, on a database of its own. */
  readonly stack: TestStack;
  readonly browser: Browser;
  /** The mail server the product sends to, for journeys that read their email. */
  readonly smtp: SmtpTestServer;
  /** A visitor with JavaScript turned off: pages must work from the server's HTML alone. */
  withoutJavaScript(): Promise<BrowserContext>;
  /**
   * For axe, which needs JavaScript itself: the page as served without the app's own scripts.
   * (axe cannot run in a context with JavaScript disabled: see browser.ts.)
   */
  asServedWithoutScripts(): Promise<BrowserContext>;
}

/**
 * Registers the hooks a browser test file needs (Chromium, a built portal, the whole stack) and
 * returns accessors that work inside its tests.
 */
export function usePortalJourney(
  options: { readsMail?: boolean; env?: Record<string, string> } = {},
): PortalJourney {
  let stack: TestStack | undefined;
  let browser: Browser | undefined;
  let smtp: SmtpTestServer | undefined;
  beforeAll(async () => {
    // Fails loudly, before booting anything, when there is no Chromium to test with.
    browser = await launchBrowser();
    await buildPortal();
    if (options.readsMail) smtp = await startSmtpTestServer();
    stack = await bootStack({
      withPortal: true,
      ...(smtp ? { mail: { smtpUrl: smtp.url } } : {}),
      ...(options.env ? { env: options.env } : {}),
    });
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await smtp?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('The portal journey has not started: use it inside a test.');
    return value;
  };
  return {
    get stack() {
      return started(stack);
    },
    get browser() {
      return started(browser);
    },
    get smtp() {
      if (!options.readsMail) throw new Error('Call usePortalJourney({ readsMail: true }).');
      return started(smtp);
    },
    withoutJavaScript: () =>
      started(browser).newContext({ javaScriptEnabled: false, locale: 'en-GB' }),
    async asServedWithoutScripts() {
      const context = await started(browser).newContext({ locale: 'en-GB' });
      await context.route(/\/_app\/.+\.js$/, (route) => route.abort());
      return context;
    },
  };
}
