/**
 * What Auth.js may read from the environment. Nothing: the portal passes `secret` and `trustHost`
 * in its config (src/lib/server/auth.ts), from settings SvelteKit validated at start (src/env.ts),
 * so no AUTH_* variable can quietly change how sign-in behaves.
 */
export const env: Record<string, string | undefined> = {};
