import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    paraglideVitePlugin({
      project: './project.inlang',
      outdir: './src/lib/paraglide',
      // A cookie keeps the choice made with the language switcher (a plain form, so it works
      // without JavaScript); otherwise the browser's languages, then English.
      strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
    }),
    sveltekit({ adapter: adapter() }),
  ],
});
