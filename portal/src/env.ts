import { building } from '$app/env';
import { defineEnvVars } from '@sveltejs/kit/env';

/**
 * The portal's settings. SvelteKit checks each one when the server starts and stops with a message
 * that names any variable that is missing or wrong. `vite build` also loads the server once to
 * analyse the routes; nothing is called then, so the build needs none of these set.
 */

/** HMAC secrets: 32 characters or more, the same rule as every other process (shared config). */
function secret(name: string) {
  return (value: string | undefined): string => {
    if (building) return '';
    if (!value) throw new Error(`${name} is not set (try: openssl rand -hex 32)`);
    if (value.length < 32) throw new Error(`${name} must be at least 32 characters`);
    return value;
  };
}

export const variables = defineEnvVars({
  GATEWAY_URL: {
    description: 'Where the GraphQL gateway listens, without /graphql.',
    schema: (value: string | undefined): string => {
      const url = value || 'http://127.0.0.1:4000';
      if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
        throw new Error('GATEWAY_URL must be an http(s) URL such as http://127.0.0.1:4000');
      }
      return url.replace(/\/+$/, '');
    },
  },
  GATEWAY_JWT_SECRET: {
    description: 'Signs the access tokens the portal sends to the gateway.',
    schema: secret('GATEWAY_JWT_SECRET'),
  },
  AUTH_SECRET: {
    description: "Encrypts the staff sign-in session (Auth.js's secret).",
    schema: secret('AUTH_SECRET'),
  },
});
