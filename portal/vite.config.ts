import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vite';
import { authJsOnKit3 } from './vite/auth-js-on-kit-3.ts';

export default defineConfig({
  plugins: [
    paraglideVitePlugin({
      project: './project.inlang',
      outdir: './src/lib/paraglide',
      // The language strategy is in project.inlang/paraglide.config.js, shared with the CLI.
    }),
    authJsOnKit3(),
    sveltekit({
      adapter: adapter(),
      // The cross-site form check is hooks.server.ts's (crossSiteForms): the same as SvelteKit's,
      // except for RFC 8058 one-click unsubscribe, which mail providers POST from their servers.
      csrf: { trustedOrigins: ['*'] },
    }),
  ],
});
