import { building } from '$app/env';
import { defineEnvVars } from '@sveltejs/kit/env';
import { checkForceVariable, type ForceBrandingVariable } from '@engage/shared/force';

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

/**
 * The force's name and contact details (shared/src/config/force-branding.ts: the same variables
 * and checks as the newsletters service's). Unset takes the demo force's; set but wrong stops the
 * start with the variable's name.
 */
function force<Name extends ForceBrandingVariable>(name: Name, description: string) {
  return { description, schema: (value: string | undefined) => checkForceVariable(name, value) };
}

export const variables = defineEnvVars({
  FORCE_NAME: force('FORCE_NAME', "The force's name, on every page."),
  FORCE_SHORT_NAME: force('FORCE_SHORT_NAME', "The force's short name."),
  FORCE_WEBSITE: force('FORCE_WEBSITE', "The force's website."),
  FORCE_EMERGENCY_NUMBER: force('FORCE_EMERGENCY_NUMBER', 'The emergency number (999).'),
  FORCE_NON_EMERGENCY_NUMBER: force('FORCE_NON_EMERGENCY_NUMBER', 'The non-emergency number.'),
  FORCE_REPORT_ONLINE_URL: force('FORCE_REPORT_ONLINE_URL', 'Where to report a crime online.'),
  FORCE_CONTACT_EMAIL: force('FORCE_CONTACT_EMAIL', "The force's general enquiries address."),
  FORCE_CONTACT_PHONE: force('FORCE_CONTACT_PHONE', "The force's general enquiries number."),
  FORCE_POSTAL_ADDRESS: force('FORCE_POSTAL_ADDRESS', "The force's postal address (commas)."),
  FORCE_DPO_EMAIL: force('FORCE_DPO_EMAIL', "The data protection officer's email."),
  FORCE_DPO_POSTAL_ADDRESS: force('FORCE_DPO_POSTAL_ADDRESS', "The DPO's postal address."),
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
