import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * @auth/sveltekit 1.11 was written for SvelteKit 1–2. Its code runs unchanged on SvelteKit 3 except
 * for three imports: `$app/paths`' `base` (removed in 3), and `$app/environment` and
 * `$env/dynamic/private` (deprecated in 3, and warning on every start). This plugin answers those
 * three imports, for files inside @auth/sveltekit only, with the small modules in ./auth-js-shims.
 */
const shim = (name: string) =>
  fileURLToPath(new URL(`./auth-js-shims/${name}.ts`, import.meta.url));

/** By the time a plugin sees them, SvelteKit's aliases have turned `$app/x` into its runtime path. */
const SHIMS: [RegExp, string][] = [
  [/(?:^\$app|\/kit\/src\/runtime\/app)\/paths$/, shim('app-paths')],
  [/(?:^\$app|\/kit\/src\/runtime\/app)\/environment$/, shim('app-environment')],
  [/(?:^\$env|\/kit\/src\/runtime\/env)\/dynamic\/private$/, shim('env-dynamic-private')],
];

export function authJsOnKit3(): Plugin {
  return {
    name: 'engage:auth-js-on-kit-3',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!importer?.replaceAll('\\', '/').includes('/@auth/sveltekit/')) return null;
      const normalised = id.replaceAll('\\', '/');
      return SHIMS.find(([pattern]) => pattern.test(normalised))?.[1] ?? null;
    },
  };
}
