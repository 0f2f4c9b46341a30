import { defineConfig } from '@inlang/paraglide-js';

// Read by both the Vite plugin (vite.config.ts) and the `paraglide` script (package.json).
export default defineConfig({
  // A cookie keeps the choice made with the language switcher (a plain form, so it works without
  // JavaScript); otherwise the browser's languages, then English.
  strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
});
