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
    sveltekit({ adapter: adapter() }),
  ],
});
