import { error, fail, redirect } from '@sveltejs/kit';
import { field, refused } from '#lib/forms/form.ts';
import { m } from '#lib/paraglide/messages.js';
import { formWrite, orStatusPage } from '#lib/server/gateway-errors.ts';
import {
  ALL_API_TOKENS,
  CREATE_API_TOKEN,
  DEFAULT_TOKEN_DAYS,
  MY_API_TOKENS,
  REVOKE_API_TOKEN,
} from '#lib/staff/api-tokens.server.ts';
import type { Actions, PageServerLoad } from './$types';

interface TokenValues {
  name: string;
  expiresInDays: string;
}

/**
 * Analysts and admins only: the service refuses anyone else (403), in words they can act on. An
 * admin also sees everyone's tokens, to revoke one that should not be in use.
 */
export const load = (async ({ locals }) => {
  const isAdmin = locals.actor.kind === 'staff' && locals.actor.role === 'ADMIN';
  const [{ myApiTokens }, everyone] = await Promise.all([
    orStatusPage(locals.gateway.request(MY_API_TOKENS)),
    isAdmin ? orStatusPage(locals.gateway.request(ALL_API_TOKENS)) : null,
  ]);
  const values: TokenValues = { name: '', expiresInDays: DEFAULT_TOKEN_DAYS };
  return { tokens: myApiTokens, everyone: everyone?.apiTokens ?? null, values };
}) satisfies PageServerLoad;

export const actions = {
  /**
   * Answers with the secret instead of redirecting: this response is the only place it is ever
   * shown (the service keeps only its hash), with scripts or without.
   */
  create: async ({ request, locals }) => {
    const form = await request.formData();
    const values: TokenValues = {
      name: field(form, 'name'),
      expiresInDays: field(form, 'expiresInDays'),
    };
    if (!/^-?\d{1,6}$/.test(values.expiresInDays)) {
      return fail(
        400,
        refused(values, { problem: m.api_token_days_invalid(), field: 'expiresInDays' }),
      );
    }
    const result = await formWrite(() =>
      locals.gateway.request(CREATE_API_TOKEN, {
        name: values.name,
        expiresInDays: Number(values.expiresInDays),
      }),
    );
    if (!result.ok) return fail(400, refused(values, result));
    const { secret, token } = result.value.createApiToken;
    return { created: { secret, name: token.name, expiresAt: token.expiresAt } };
  },

  /** Asks first: only a second POST with confirm=yes revokes. */
  revoke: async ({ request, locals, url }) => {
    const form = await request.formData();
    const id = field(form, 'id');
    if (!id) error(400, 'BAD_REQUEST');
    if (field(form, 'confirm') !== 'yes') return { confirmRevoke: id };
    const result = await formWrite(() => locals.gateway.request(REVOKE_API_TOKEN, { id }));
    if (!result.ok) return fail(400, { problem: result.problem });
    redirect(303, `${url.pathname}?revoked=1`);
  },
} satisfies Actions;
