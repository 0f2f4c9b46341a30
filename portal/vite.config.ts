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
      csp: {
        // Nonces on pages rendered per request (all of ours); hashes if one is ever prerendered.
        mode: 'auto',
        directives: {
          'default-src': ['self'],
          // SvelteKit adds the nonce of its own start-up script; no other inline script runs.
          'script-src': ['self'],
          // <style> elements and style sheets: ours, with SvelteKit's nonce.
          'style-src': ['self'],
          // style="" attributes only (Svelte's style: directive, chart widths, app.html's wrapper):
          // they cannot run code, and without them the charts would lose their bars.
          'style-src-attr': ['unsafe-inline'],
          // Officers' photos may come from a force's own site (the police.uk import).
          'img-src': ['self', 'data:', 'https:'],
          'font-src': ['self'],
          'connect-src': ['self'],
          'form-action': ['self'],
          'frame-ancestors': ['none'],
          'base-uri': ['self'],
          'object-src': ['none'],
        },
      },
    }),
  ],
});
