import type { RequestEvent } from '@sveltejs/kit';
import { clientKeyForAddress } from '@engage/shared/auth';
import { GATEWAY_JWT_SECRET } from '$app/env/private';

/**
 * The visitor's client key, signed into every access token so the services' rate limits count per
 * visitor rather than per portal. The address is the connection's, or, behind a proxy, the one
 * adapter-node reads from the header named by ADDRESS_HEADER at XFF_DEPTH (README, "Security").
 */
export function clientKeyOf(event: Pick<RequestEvent, 'getClientAddress'>): string {
  return clientKeyForAddress(event.getClientAddress(), GATEWAY_JWT_SECRET);
}
