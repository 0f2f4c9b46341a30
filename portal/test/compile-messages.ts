import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: compile messages/*.json into src/lib/paraglide once, before any test file
 * imports it. (Paraglide's Vite plugin would do it too, but leaves a file watcher open that holds
 * Vitest's exit for ten seconds.)
 */
export default function compileMessages(): void {
  const portal = fileURLToPath(new URL('..', import.meta.url));
  execFileSync('pnpm', ['run', '--silent', 'paraglide'], { cwd: portal, stdio: 'inherit' });
}
