import { existsSync } from 'node:fs';
import axe, { type AxeResults, type RunOptions } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * A real Chromium for browser tests, driven by playwright-core (which never downloads a browser).
 * Tests that need one fail loudly when it is missing: a skipped accessibility test hides the very
 * regressions it exists to catch.
 */

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags that work here as root, headless, with no network chatter of Chromium's own. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    `Browser tests need Chromium, and none was found (looked in ${CANDIDATES.join(', ')}). ` +
      'Install it with `apt-get install -y chromium` (as root), or set CHROMIUM_PATH to its executable.',
  );
}

/**
 * Launches Chromium. `launch` (not `launchPersistentContext`) gives every browser a fresh, temporary
 * profile that Playwright removes on close, and each `browser.newContext()` is isolated again, so
 * no test sees another's cookies or cache.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: ARGS });
}

/** The WCAG 2.2 AA conformance target: every A and AA rule from 2.0, 2.1 and 2.2. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** axe takes well under a second on our pages; a minute means it will never finish. */
const AXE_TIMEOUT_MS = 60_000;

/**
 * Runs axe-core in the page as it is now, and returns what breaks WCAG 2.2 A or AA.
 *
 * axe needs the page's timers, so it cannot run in a context made with `javaScriptEnabled: false`.
 * To check a page as it is served to a visitor without JavaScript, keep JavaScript on and stop the
 * app's own scripts instead: `await context.route(/\/_app\/.+\.js$/, (route) => route.abort())`.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated, not added as a <script>, so no Content-Security-Policy can keep it out.
  await page.evaluate(`${axe.source};undefined`);
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS } };
  // A string, not a function: this package compiles without the DOM's types.
  const results = await withTimeout(
    page.evaluate<AxeResults>(`window.axe.run(document, ${JSON.stringify(options)})`),
    AXE_TIMEOUT_MS,
    `axe-core did not finish on ${page.url()} within ${AXE_TIMEOUT_MS / 1000} s. ` +
      'Is JavaScript disabled for this page? axe needs it (see axeViolations).',
  );
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    helpUrl: violation.helpUrl,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (violation) =>
        `- [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}\n` +
        `  ${violation.helpUrl}\n` +
        violation.targets.map((target) => `    at ${target}`).join('\n'),
    )
    .join('\n');
}

/** Throws, listing every violation readably, when the page breaks WCAG 2.2 A or AA. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(
      `${page.url()} has ${violations.length} accessibility violation(s):\n${formatViolations(violations)}`,
    );
  }
}
