import { orStatusPage } from '#lib/server/gateway-errors.ts';
import { API_TOKEN_USES, AUDIT_PER_PAGE } from '#lib/staff/api-tokens.server.ts';
import type { PageServerLoad } from './$types';

/** Admins only: the service refuses anyone else, shown as the 403 page. */
export const load = (async ({ locals, url }) => {
  const after = url.searchParams.get('after') || null;
  const tokenId = url.searchParams.get('token') || null;
  const { apiTokenUses } = await orStatusPage(
    locals.gateway.request(API_TOKEN_USES, { first: AUDIT_PER_PAGE, after, tokenId }),
  );
  return { page: apiTokenUses, after, tokenId };
}) satisfies PageServerLoad;
