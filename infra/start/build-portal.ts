import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from './stack.ts';
import { writeLine } from './processes.ts';

const PORTAL = join(REPO_ROOT, 'portal');
const BUILT = join(PORTAL, 'build', 'index.js');
/** What a portal build is made from; a change to any of them means the build is stale. */
const SOURCES = ['src', 'messages', 'static', 'vite.config.ts', 'package.json', 'project.inlang'];

async function newestChange(path: string): Promise<number> {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  const entries = await readdir(path, { withFileTypes: true });
  const times = await Promise.all(
    entries
      .filter((entry) => entry.name !== 'paraglide' && !entry.name.startsWith('.'))
      .map((entry) => newestChange(join(path, entry.name))),
  );
  return Math.max(stat.mtimeMs, ...times);
}

/** Builds the portal (adapter-node) unless the last build is newer than every source file. */
export async function buildPortal(): Promise<void> {
  if (existsSync(BUILT)) {
    const sources = await Promise.all(SOURCES.map((name) => newestChange(join(PORTAL, name))));
    if (statSync(BUILT).mtimeMs > Math.max(...sources)) return;
  }
  writeLine('portal', 'building the portal (first start, or its sources changed)…');
  const vite = join(PORTAL, 'node_modules', 'vite', 'bin', 'vite.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: PORTAL,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`The portal build failed (exit code ${code}).`)),
    );
  });
}
