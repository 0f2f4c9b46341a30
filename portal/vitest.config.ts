import { sveltekit } from '@sveltejs/kit/vite';
import { defineProject } from 'vitest/config';
import { authJsOnKit3 } from './vite/auth-js-on-kit-3.ts';

// vite.config.ts without Paraglide's plugin: test/compile-messages.ts compiles the messages.
export default defineProject({
  plugins: [authJsOnKit3(), sveltekit()],
  test: {
    name: 'portal',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/compile-messages.ts'],
    setupFiles: ['test/setup.ts'],
    environment: 'node',
    expect: { requireAssertions: true },
    // Through Vite, not Node: it imports $app/… and $env/… (answered by authJsOnKit3). Vite finds
    // that out by itself only when run from this folder, not as a project of the root config.
    server: { deps: { inline: ['@auth/sveltekit'] } },
  },
});
